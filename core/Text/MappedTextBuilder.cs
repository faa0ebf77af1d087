using System.Buffers;

namespace KnowledgeGraph.Core.Text;

/// <summary>
/// Builds the output of one normalization pass. Each appended character names the span of the
/// pass's input it replaces, and the builder translates that span into original offsets, so
/// passes compose without ever seeing the original text. Passes seldom grow the text (a ligature
/// ﬁ becomes fi), so the buffers start at the input's length and grow when they must.
/// </summary>
/// <remarks>
/// The characters are gathered in a pooled buffer, returned when <see cref="Build"/> has made the
/// string from it; the maps become the output's own arrays. Call <see cref="Build"/> once.
/// </remarks>
internal sealed class MappedTextBuilder(MappedText source)
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(Math.Max(source.Text.Length, 1));
    private int[] _starts = new int[source.Text.Length];
    private int[] _ends = new int[source.Text.Length];
    private int _count;

    /// <summary>Appends <paramref name="c"/> as the replacement of input characters [from, to).</summary>
    public void Append(char c, int from, int to)
    {
        EnsureRoom(1);
        _chars[_count] = c;
        _starts[_count] = source.StartOf(from);
        _ends[_count] = source.EndOf(to - 1);
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
        source.CopyMap(from, length, _starts, _ends, _count);
        _count += length;
    }

    /// <summary>The pass's output; the builder is done with.</summary>
    public MappedText Build()
    {
        var text = new string(_chars, 0, _count);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
        return new MappedText(text, _starts, _ends);
    }

    private void EnsureRoom(int more)
    {
        if (_count + more <= _starts.Length)
        {
            return;
        }

        var size = Math.Max(_count + more, (_starts.Length * 5 / 4) + 16);
        if (size > _chars.Length)
        {
            var chars = ArrayPool<char>.Shared.Rent(size);
            _chars.AsSpan(0, _count).CopyTo(chars);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = chars;
        }

        Array.Resize(ref _starts, size);
        Array.Resize(ref _ends, size);
    }
}
