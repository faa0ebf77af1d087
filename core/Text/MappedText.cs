namespace KnowledgeGraph.Core.Text;

/// <summary>
/// Text in the middle of normalization: every character carries the span of the original
/// text it came from (<see cref="Starts"/>[i] inclusive to <see cref="Ends"/>[i] exclusive).
/// The arrays may be longer than the text; entries past <c>Text.Length</c> mean nothing.
/// </summary>
internal sealed class MappedText(string text, int[] starts, int[] ends)
{
    public string Text { get; } = text;

    public int[] Starts { get; } = starts;

    public int[] Ends { get; } = ends;

    public static MappedText Identity(string original)
    {
        var starts = new int[original.Length];
        var ends = new int[original.Length];
        for (var i = 0; i < original.Length; i++)
        {
            starts[i] = i;
            ends[i] = i + 1;
        }

        return new MappedText(original, starts, ends);
    }
}

/// <summary>
/// Builds the output of one normalization pass. Each appended character names the span of the
/// pass's input it replaces, and the builder translates that span into original offsets, so
/// passes compose without ever seeing the original text. Passes seldom grow the text (a ligature
/// ﬁ becomes fi), so the buffers start at the input's length and grow when they must.
/// </summary>
internal sealed class MappedTextBuilder(MappedText source)
{
    private char[] _chars = new char[source.Text.Length];
    private int[] _starts = new int[source.Text.Length];
    private int[] _ends = new int[source.Text.Length];
    private int _count;

    /// <summary>Appends <paramref name="c"/> as the replacement of input characters [from, to).</summary>
    public void Append(char c, int from, int to)
    {
        EnsureRoom(1);
        _chars[_count] = c;
        _starts[_count] = source.Starts[from];
        _ends[_count] = source.Ends[to - 1];
        _count++;
    }

    /// <summary>Copies input character <paramref name="index"/> unchanged.</summary>
    public void Copy(int index) => Append(source.Text[index], index, index + 1);

    /// <summary>Copies input characters [from, to) unchanged.</summary>
    public void Copy(int from, int to)
    {
        var length = to - from;
        EnsureRoom(length);
        source.Text.AsSpan(from, length).CopyTo(_chars.AsSpan(_count));
        Array.Copy(source.Starts, from, _starts, _count, length);
        Array.Copy(source.Ends, from, _ends, _count, length);
        _count += length;
    }

    public MappedText Build() => new(new string(_chars, 0, _count), _starts, _ends);

    private void EnsureRoom(int more)
    {
        if (_count + more <= _chars.Length)
        {
            return;
        }

        var size = Math.Max(_count + more, (_chars.Length * 5 / 4) + 16);
        Array.Resize(ref _chars, size);
        Array.Resize(ref _starts, size);
        Array.Resize(ref _ends, size);
    }
}
