namespace KnowledgeGraph.Core.Text;

/// <summary>
/// The sections, paragraphs and sentences of one document. All offsets are in the text that
/// was parsed (normally <see cref="NormalizedText.Text"/>); map them back with
/// <see cref="NormalizedText.ToOriginal(int, int)"/>.
/// </summary>
public sealed record DocumentStructure(IReadOnlyList<Section> Sections)
{
    /// <summary>Every sentence of the document in reading order.</summary>
    public IEnumerable<Sentence> Sentences =>
        Sections.SelectMany(section => section.Paragraphs).SelectMany(paragraph => paragraph.Sentences);
}

/// <summary>
/// A heading and the paragraphs up to the next heading. Text before the first heading forms a
/// section with a null <paramref name="Heading"/> and level 0.
/// </summary>
/// <param name="Id"><c>{documentId}:s{n}</c>, n counting from 1 in reading order.</param>
/// <param name="Heading">The heading text without Markdown <c>#</c> marks; a heading written on two lines is joined with a space.</param>
/// <param name="Level">1 for <c>一、</c> and titles, 2 for <c>（一）</c>, 2 or 3 for <c>1 …</c>, the depth for Markdown.</param>
/// <param name="Start">Where the heading (or the first paragraph of a leading section) starts.</param>
/// <param name="End">Where the last paragraph (or the heading, if there is none) ends.</param>
/// <param name="Paragraphs">The body; may be empty.</param>
public sealed record Section(string Id, string? Heading, int Level, int Start, int End, IReadOnlyList<Paragraph> Paragraphs);

/// <summary>One line of body text.</summary>
/// <param name="Id"><c>{sectionId}:p{n}</c>, n counting from 1 within the section.</param>
/// <param name="Start">First character of the paragraph.</param>
/// <param name="End">End of the paragraph (exclusive).</param>
/// <param name="Sentences">The sentences, in order, non-overlapping.</param>
public sealed record Paragraph(string Id, int Start, int End, IReadOnlyList<Sentence> Sentences);

/// <summary>One sentence; its span excludes surrounding whitespace.</summary>
/// <param name="Id"><c>{paragraphId}:t{n}</c>, n counting from 1 within the paragraph.</param>
/// <param name="Start">First character of the sentence.</param>
/// <param name="End">End of the sentence (exclusive), after any closing quotes.</param>
/// <param name="Text">The sentence, equal to the parsed text's [Start, End) slice.</param>
public sealed record Sentence(string Id, int Start, int End, string Text);
