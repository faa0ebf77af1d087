using System.Buffers;
using System.Text;

namespace KnowledgeGraph.Core.Graph.Sqlite;

/// <summary>
/// Writes the SQLite store's packed columns: unsigned numbers as varints (7 bits a byte, low
/// first), signed ones zigzagged (0, -1, 1, -2 … as 0, 1, 2, 3 …) so that small deltas of either
/// sign take one byte, and strings as their UTF-8 length then their bytes.
/// </summary>
internal sealed class CompactWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public int Length => _buffer.WrittenCount;

    public void Unsigned(ulong value)
    {
        var span = _buffer.GetSpan(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[i++] = (byte)value;
        _buffer.Advance(i);
    }

    public void Signed(long value) => Unsigned((ulong)((value << 1) ^ (value >> 63)));

    public void Text(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Unsigned((ulong)length);
        Encoding.UTF8.GetBytes(value, _buffer.GetSpan(length));
        _buffer.Advance(length);
    }

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    /// <summary>Forgets what was written, keeping the buffer, to write the next value.</summary>
    public void Clear() => _buffer.ResetWrittenCount();

    /// <summary>
    /// The calling thread's writer, cleared: for a value written and copied out (<see cref="ToArray"/>)
    /// before the next call, so that each value does not make a buffer of its own.
    /// </summary>
    public static CompactWriter Reused()
    {
        var writer = t_reused ??= new CompactWriter();
        if (writer._buffer.Capacity > MaxKeptBuffer)
        {
            t_reused = writer = new CompactWriter();
        }

        writer.Clear();
        return writer;
    }

    private const int MaxKeptBuffer = 1 << 16;

    [ThreadStatic]
    private static CompactWriter? t_reused;

    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;
}

/// <summary>Reads what <see cref="CompactWriter"/> wrote; a value cut short throws <see cref="FormatException"/>.</summary>
internal ref struct CompactReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _position;

    public readonly bool AtEnd => _position >= _bytes.Length;

    public ulong Unsigned()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _bytes.Length)
            {
                throw new FormatException("A packed number is cut short.");
            }

            var b = _bytes[_position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new FormatException("A packed number is too long.");
    }

    public long Signed()
    {
        var value = Unsigned();
        return (long)(value >> 1) ^ -(long)(value & 1);
    }

    public int Int() => checked((int)Signed());

    public string Text()
    {
        var length = checked((int)Unsigned());
        if (length > _bytes.Length - _position)
        {
            throw new FormatException("A packed text is cut short.");
        }

        var text = Encoding.UTF8.GetString(_bytes.Slice(_position, length));
        _position += length;
        return text;
    }
}
