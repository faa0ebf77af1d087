using System.Globalization;
using ICU4N.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeGraph.Core.Analysis;

/// <summary>
/// SmartCn's words with the terms, offsets and types <see cref="HMMChineseTokenizer"/> gives,
/// at less cost. That tokenizer cuts its input into sentences with ICU's sentence break
/// iterator, in blocks of 1,024 characters, and segments each sentence with
/// <see cref="HHMMSegmenter"/>, which allocates a graph of objects per sentence. This one
/// segments each sentence with <see cref="SmartCnLattice"/> (the same segmentation with few
/// objects); a passage is one sentence already, and when its text can hold no sentence break
/// before its end (<see cref="SentenceEnds"/>) the iterator is skipped. Input of a block or more
/// goes to an <see cref="HMMChineseTokenizer"/> of its own, whose blocks may cut a sentence.
/// </summary>
/// <remarks>
/// The input is read whole on the first <see cref="IncrementToken"/>; <see cref="Reset"/> forgets
/// it, so that an analyzer can reuse the tokenizer for the next field value.
/// </remarks>
public sealed class SmartCnTokenizer : Tokenizer
{
    // HMMChineseTokenizer's block: input of this length or more may be cut where a block ends.
    private const int BlockLength = 1024;
    private const string WordType = "word";
    private const int LargestKeptBuffer = 64 * 1024;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly SmartCnLattice _lattice = new();
    private readonly SegTokenFilter _filter = new();
    private readonly List<SegToken> _words = new(64);

    private char[] _text = new char[BlockLength];
    private int _length;
    private bool _read;
    private int _next;
    private BreakIterator? _sentences;   // ICU's, as HMMChineseTokenizer cuts
    private SentenceCutting? _other;      // the input that is not one short sentence
    private SentenceCutting? _otherCache; // kept for the next such input

    public SmartCnTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!_read)
        {
            ReadAll();
        }

        return _other is { } other ? other.Next(this) : NextWord();
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    public override void Reset()
    {
        base.Reset();
        if (_text.Length > LargestKeptBuffer)
        {
            _text = new char[BlockLength]; // a long text read once is not held for the next
        }

        _length = 0;
        _read = false;
        _words.Clear();
        _next = 0;
        _other = null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _other?.Close();
        }

        base.Dispose(disposing);
    }

    private void ReadAll()
    {
        _read = true;
        int count;
        while ((count = m_input.Read(_text, _length, _text.Length - _length)) > 0)
        {
            _length += count;
            if (_length == _text.Length)
            {
                Array.Resize(ref _text, _text.Length * 2);
            }
        }

        var text = _text.AsSpan(0, _length);
        if (_length == 0)
        {
            return;
        }

        if (_length >= BlockLength)
        {
            _other = _otherCache ??= new SentenceCutting();
            _other.Start(new string(text));
        }
        else if (SentenceEnds.OnlyAtEnd(text))
        {
            _lattice.Segment(new string(text), 0, _words);
        }
        else
        {
            var whole = new string(text);
            _sentences ??= BreakIterator.GetSentenceInstance(CultureInfo.InvariantCulture);
            _sentences.SetText(whole);
            var start = _sentences.First();
            for (var end = _sentences.Next(); end != BreakIterator.Done; start = end, end = _sentences.Next())
            {
                _lattice.Segment(whole[start..end], start, _words);
            }
        }
    }

    private bool NextWord()
    {
        if (_next >= _words.Count)
        {
            return false;
        }

        var word = _filter.Filter(_words[_next++]);
        Emit(word.CharArray, word.StartOffset, word.EndOffset, WordType);
        return true;
    }

    private void Emit(char[] term, int start, int end, string type) => Emit(term, term.Length, start, end, type);

    private void Emit(char[] term, int length, int start, int end, string type)
    {
        ClearAttributes();
        _term.CopyBuffer(term, 0, length);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _type.Type = type;
    }

    /// <summary>Lucene's own tokenizer over the text read, its offsets corrected by the outer one.</summary>
    private sealed class SentenceCutting
    {
        private readonly HMMChineseTokenizer _tokenizer = new(TextReader.Null);
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly ITypeAttribute _type;
        private bool _open;

        public SentenceCutting()
        {
            _term = _tokenizer.AddAttribute<ICharTermAttribute>();
            _offset = _tokenizer.AddAttribute<IOffsetAttribute>();
            _type = _tokenizer.AddAttribute<ITypeAttribute>();
        }

        public void Start(string text)
        {
            Close();
            _tokenizer.SetReader(new StringReader(text));
            _tokenizer.Reset();
            _open = true;
        }

        public bool Next(SmartCnTokenizer outer)
        {
            if (!_open || !_tokenizer.IncrementToken())
            {
                Close();
                return false;
            }

            outer.Emit(_term.Buffer, _term.Length, _offset.StartOffset, _offset.EndOffset, _type.Type);
            return true;
        }

        /// <summary>Ends the text and closes its reader (Lucene's tokenizers are reused after that).</summary>
        public void Close()
        {
            if (_open)
            {
                _open = false;
                _tokenizer.End();
                _tokenizer.Dispose();
            }
        }
    }
}
