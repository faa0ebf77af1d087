using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeGraph.Core.Analysis;

/// <summary>
/// The tokens an analyzer made of a text, kept so that they can be handed to the index writer on
/// another thread: the analysis (jieba, bigrams, SmartCn) runs where the documents are prepared,
/// on every core, and the writer only inverts what it is given (<see cref="Replay"/>). Each
/// token's text, position increment and offsets are kept as the analyzer gave them, so the index
/// is the same as if the writer had analyzed the text itself.
/// </summary>
/// <remarks>
/// Compact, since a batch of documents waits in this form: the terms in one string, the rest in
/// one array of ints. Read-only; thread-safe.
/// </remarks>
public sealed class AnalyzedText
{
    // Per token: end of its term in _terms, position increment, start and end offsets.
    private const int Stride = 4;

    private readonly string _terms;
    private readonly int[] _tokens;
    private readonly int _finalOffset;

    private AnalyzedText(string terms, int[] tokens, int finalOffset)
    {
        _terms = terms;
        _tokens = tokens;
        _finalOffset = finalOffset;
    }

    /// <summary>Tokens kept.</summary>
    public int Count => _tokens.Length / Stride;

    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> as the field <paramref name="field"/> and keeps its tokens.</summary>
    public static AnalyzedText Of(Analyzer analyzer, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var terms = new StringBuilder(text.Length * 2);
        var tokens = new List<int>(text.Length * Stride);
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Append(term.Buffer, 0, term.Length);
            tokens.Add(terms.Length);
            tokens.Add(increment.PositionIncrement);
            tokens.Add(offset.StartOffset);
            tokens.Add(offset.EndOffset);
        }

        stream.End();
        return new AnalyzedText(terms.ToString(), [.. tokens], offset.EndOffset);
    }

    /// <summary>A token stream that gives the kept tokens again, for one consumer.</summary>
    public TokenStream Replay() => new Replaying(this);

    private sealed class Replaying : TokenStream
    {
        private readonly AnalyzedText _text;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private readonly IOffsetAttribute _offset;
        private int _next;

        public Replaying(AnalyzedText text)
        {
            _text = text;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public override bool IncrementToken()
        {
            var at = _next * Stride;
            if (at >= _text._tokens.Length)
            {
                return false;
            }

            ClearAttributes();
            var start = _next == 0 ? 0 : _text._tokens[at - Stride];
            var end = _text._tokens[at];
            var buffer = _term.ResizeBuffer(end - start);
            _text._terms.CopyTo(start, buffer, 0, end - start);
            _term.Length = end - start;
            _increment.PositionIncrement = _text._tokens[at + 1];
            _offset.SetOffset(_text._tokens[at + 2], _text._tokens[at + 3]);
            _next++;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_text._finalOffset, _text._finalOffset);
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
