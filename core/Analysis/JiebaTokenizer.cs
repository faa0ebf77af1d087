using System.Text;
using KnowledgeGraph.Core.Segmentation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeGraph.Core.Analysis;

/// <summary>
/// A Lucene tokenizer over <see cref="JiebaSegmenter"/>. It reads its input in chunks that end
/// where jieba itself would break (a character outside its word blocks), so the words are the
/// same as segmenting the whole text at once, and memory stays bounded on long inputs.
/// Spaces and punctuation are not emitted. The token type is the word's part-of-speech tag.
/// </summary>
/// <remarks>
/// In search mode a word and the inner dictionary words inside it form a group at one position,
/// so phrase queries analysed in default mode still line up; within a group, tokens come in
/// order of start offset, since Lucene rejects offsets that go backwards.
/// </remarks>
public sealed class JiebaTokenizer : Tokenizer
{
    private const int ChunkSize = 4096;

    private readonly JiebaSegmenter _segmenter;
    private readonly SegmentMode _mode;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;

    private readonly List<WordSpan> _words = new(1024);
    private char[] _buffer = new char[ChunkSize * 2];
    private int _length;          // chars in _buffer
    private int _segmented;       // chars of _buffer already segmented into _words
    private int _bufferStart;     // offset in the input of _buffer[0]
    private int _next;            // next index in _words
    private int _groupEnd;        // index in _words just past the current word and its inner words
    private bool _groupStarted;   // a token of the current group was emitted
    private bool _inputDone;

    public JiebaTokenizer(TextReader input, JiebaSegmenter segmenter, SegmentMode mode = SegmentMode.Default)
        : base(input)
    {
        _segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
        _mode = mode;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (true)
        {
            while (_next < _words.Count)
            {
                if (_next >= _groupEnd)
                {
                    StartGroup();
                }

                var word = _words[_next++];
                var text = _buffer.AsSpan(word.Start, word.Length);
                if (!HasLetterOrDigit(text))
                {
                    continue;
                }

                _term.CopyBuffer(_buffer, word.Start, word.Length);
                _offset.SetOffset(CorrectOffset(_bufferStart + word.Start), CorrectOffset(_bufferStart + word.End));
                _position.PositionIncrement = _groupStarted ? 0 : 1;
                _type.Type = _segmenter.Tag(text);
                _groupStarted = true;
                return true;
            }

            if (!SegmentNextChunk())
            {
                return false;
            }
        }
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_bufferStart + _length);
        _offset.SetOffset(final, final);
    }

    public override void Reset()
    {
        base.Reset();
        _words.Clear();
        _length = 0;
        _segmented = 0;
        _bufferStart = 0;
        _next = 0;
        _groupEnd = 0;
        _groupStarted = false;
        _inputDone = false;
    }

    // The segmenter gives a word's inner words before it; sort the group by offsets.
    private void StartGroup()
    {
        var end = _next;
        while (end < _words.Count && _words[end].IsInner)
        {
            end++;
        }

        end = Math.Min(end + 1, _words.Count);
        if (end - _next > 1)
        {
            _words.Sort(_next, end - _next, ByOffsets);
        }

        _groupEnd = end;
        _groupStarted = false;
    }

    private static readonly Comparer<WordSpan> ByOffsets = Comparer<WordSpan>.Create(
        (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length.CompareTo(b.Length));

    /// <summary>Reads more input and segments up to the last safe break; false at the end of input.</summary>
    private bool SegmentNextChunk()
    {
        // Drop what is segmented, keep the tail that may continue a word.
        if (_segmented > 0)
        {
            Array.Copy(_buffer, _segmented, _buffer, 0, _length - _segmented);
            _bufferStart += _segmented;
            _length -= _segmented;
            _segmented = 0;
        }

        while (!_inputDone && _length < ChunkSize)
        {
            if (_length == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = m_input.Read(_buffer, _length, _buffer.Length - _length);
            if (read <= 0)
            {
                _inputDone = true;
            }
            else
            {
                _length += read;
            }
        }

        if (_length == 0)
        {
            return false;
        }

        var cut = _inputDone ? _length : LastSafeBreak();
        _words.Clear();
        _next = 0;
        _groupEnd = 0;
        _segmenter.Segment(_buffer.AsSpan(0, cut), _words, _mode);
        _segmented = cut;
        return true;
    }

    // Just after the last character jieba never joins to its neighbours; the whole buffer when
    // there is none (a very long run of Han text is then cut at the chunk size).
    private int LastSafeBreak()
    {
        for (var i = _length - 1; i >= 0; i--)
        {
            var c = _buffer[i];
            if (!JiebaSegmenter.IsBlockChar(c) && !char.IsHighSurrogate(c))
            {
                return i + 1;
            }
        }

        return char.IsHighSurrogate(_buffer[_length - 1]) && _length > 1 ? _length - 1 : _length;
    }

    // By code point, so that ideographs beyond the BMP (in personal names) count as letters.
    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                return true;
            }
        }

        return false;
    }
}
