using AngleSharp.Dom;

namespace KnowledgeGraph.Core.Documents.Html;

/// <summary>
/// One paragraph of a page as a reader sees it: a heading, a paragraph (its lines as the page
/// breaks them with &lt;br&gt;), or the rows of a data table (cells separated by tabs).
/// </summary>
/// <param name="Owner">The nearest block element around the paragraph's text.</param>
/// <param name="Lines">Its lines, trimmed, none empty.</param>
/// <param name="HeadingLevel">1–6 for &lt;h1&gt;–&lt;h6&gt;, else 0.</param>
/// <param name="LinkCharacters">How many of its visible characters are link text.</param>
/// <param name="IsFurniture">Whether it lies inside an element judged page furniture (<see cref="PageFurniture"/>).</param>
/// <param name="Position">The <see cref="DocumentOrder"/> place of its first text.</param>
internal sealed record PageBlock(IElement Owner, IReadOnlyList<string> Lines, int HeadingLevel, int LinkCharacters, bool IsFurniture, int Position)
{
    /// <summary>The lines joined by line breaks.</summary>
    public string Text => string.Join('\n', Lines);

    /// <summary>Characters other than whitespace.</summary>
    public int VisibleCharacters => Lines.Sum(line => line.Count(c => !char.IsWhiteSpace(c)));

    public bool IsHeading => HeadingLevel > 0;

    /// <summary>The share of the visible characters that are link text.</summary>
    public double LinkDensity => VisibleCharacters == 0 ? 0 : (double)LinkCharacters / VisibleCharacters;
}
