namespace KnowledgeGraph.Core.Text;

/// <summary>
/// Text in the middle of normalization: every character carries the span of the original
/// text it came from (<see cref="StartOf"/> inclusive to <see cref="EndOf"/> exclusive).
/// The arrays may be longer than the text; entries past <c>Text.Length</c> mean nothing.
/// </summary>
/// <remarks>
/// The original text maps to itself without arrays (<see cref="Identity"/>): most documents go
/// through some passes unchanged, and two arrays of its length per document were a third of what
/// normalization allocated.
/// </remarks>
internal sealed class MappedText
{
    // Null for the identity map: character i came from [i, i + 1).
    private readonly int[]? _starts;
    private readonly int[]? _ends;

    public MappedText(string text, int[] starts, int[] ends)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    // The identity map over the original text.
    private MappedText(string original)
    {
        Text = original;
    }

    // Another text of the same length over the map of `map`.
    private MappedText(MappedText map, string text)
    {
        Text = text;
        _starts = map._starts;
        _ends = map._ends;
    }

    public string Text { get; }

    /// <summary>The original text, each character mapped to itself.</summary>
    public static MappedText Identity(string original) => new(original);

    /// <summary>Where the source of character <paramref name="index"/> starts in the original.</summary>
    public int StartOf(int index) => _starts is null ? index : _starts[index];

    /// <summary>Where the source of character <paramref name="index"/> ends in the original.</summary>
    public int EndOf(int index) => _ends is null ? index + 1 : _ends[index];

    /// <summary>
    /// The same map over <paramref name="text"/>, a text of the same length whose characters
    /// replace this one's one for one.
    /// </summary>
    public MappedText WithText(string text) => new(this, text);

    /// <summary>Copies the map of characters [from, from + length) into the arrays at <paramref name="at"/>.</summary>
    public void CopyMap(int from, int length, int[] starts, int[] ends, int at)
    {
        if (_starts is null || _ends is null)
        {
            for (var i = 0; i < length; i++)
            {
                starts[at + i] = from + i;
                ends[at + i] = from + i + 1;
            }

            return;
        }

        Array.Copy(_starts, from, starts, at, length);
        Array.Copy(_ends, from, ends, at, length);
    }
}
