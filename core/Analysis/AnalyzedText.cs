using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeGraph.Core.Analysis;

/// <summary>
/// The tokens an analyzer made of a text, kept so that they can be handed to the index writer on
/// another thread: the analysis (jieba, bigrams, SmartCn) runs where the documents are prepared,
/// on every core, and the writer only inverts what it is given. Replays each token's text,
/// position increment and offsets as the analyzer gave them, so the index is the same as if the
/// writer had analyzed the text itself.
/// </summary>
/// <remarks>Read once, by one consumer (the index writer), like any token stream.</remarks>
public sealed class AnalyzedText : TokenStream
{
    private readonly string[] _terms;
    private readonly int[] _increments;
    private readonly int[] _offsets;
    private readonly int _finalOffset;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private int _next;

    private AnalyzedText(string[] terms, int[] increments, int[] offsets, int finalOffset)
    {
        _terms = terms;
        _increments = increments;
        _offsets = offsets;
        _finalOffset = finalOffset;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <summary>Tokens kept.</summary>
    public int Count => _terms.Length;

    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> as the field <paramref name="field"/> and keeps its tokens.</summary>
    public static AnalyzedText Of(Analyzer analyzer, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var terms = new List<string>();
        var increments = new List<int>();
        var offsets = new List<int>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
            increments.Add(increment.PositionIncrement);
            offsets.Add(offset.StartOffset);
            offsets.Add(offset.EndOffset);
        }

        stream.End();
        var finalOffset = offset.EndOffset;
        return new AnalyzedText([.. terms], [.. increments], [.. offsets], finalOffset);
    }

    /// <inheritdoc/>
    public override bool IncrementToken()
    {
        if (_next >= _terms.Length)
        {
            return false;
        }

        ClearAttributes();
        _term.SetEmpty().Append(_terms[_next]);
        _increment.PositionIncrement = _increments[_next];
        _offset.SetOffset(_offsets[2 * _next], _offsets[(2 * _next) + 1]);
        _next++;
        return true;
    }

    /// <inheritdoc/>
    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }

    /// <inheritdoc/>
    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
