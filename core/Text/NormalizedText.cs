namespace KnowledgeGraph.Core.Text;

/// <summary>
/// The result of <see cref="TextNormalizer.Normalize"/>: the repaired <see cref="Text"/> and,
/// for every character of it, the span of <see cref="Original"/> it came from. Offsets found in
/// the normalized text (sentences, mentions) are mapped back with <see cref="ToOriginal(int, int)"/>
/// so evidence can quote the source.
/// </summary>
/// <remarks>
/// The map is two int arrays, one entry per normalized character: where its source starts and
/// where it ends. A source is usually one character; it is two for a merged <c>\r\n</c> or a
/// de-doubled glyph (<c>年年</c> → <c>年</c>). Deleted characters (joined line breaks, removed
/// spaces, the repeated half of <c>20232023</c>) belong to no normalized character. Both arrays
/// are non-decreasing.
/// </remarks>
public sealed class NormalizedText
{
    private readonly MappedText _map;

    internal NormalizedText(string original, MappedText mapped)
    {
        Original = original;
        Text = mapped.Text;
        _map = mapped;
    }

    /// <summary>The text as it was given to the normalizer.</summary>
    public string Original { get; }

    /// <summary>The repaired text.</summary>
    public string Text { get; }

    /// <summary>
    /// Maps an offset in <see cref="Text"/> (0 to <c>Text.Length</c> inclusive) to an offset in
    /// <see cref="Original"/>: the start of that character's source, or for <c>Text.Length</c> the
    /// end of the last character's source.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside 0..Text.Length.</exception>
    public int ToOriginal(int normalizedOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(normalizedOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(normalizedOffset, Text.Length);
        if (normalizedOffset < Text.Length)
        {
            return _map.StartOf(normalizedOffset);
        }

        return Text.Length == 0 ? 0 : _map.EndOf(Text.Length - 1);
    }

    /// <summary>
    /// Maps the span [start, end) of <see cref="Text"/> to the smallest span of <see cref="Original"/>
    /// that holds the sources of all its characters. An empty span maps to an empty span.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The span is not within 0..Text.Length or end &lt; start.</exception>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Text.Length);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        if (start == end)
        {
            var at = ToOriginal(start);
            return (at, at);
        }

        return (_map.StartOf(start), _map.EndOf(end - 1));
    }

    /// <summary>The original text behind the normalized span [start, end).</summary>
    public string OriginalSlice(int start, int end)
    {
        var (s, e) = ToOriginal(start, end);
        return Original[s..e];
    }
}
