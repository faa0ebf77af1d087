using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeGraph.Core.Tests.Analysis;

/// <summary>One token as an analyzer emitted it.</summary>
internal sealed record AnalyzedToken(string Term, int Start, int End, int PositionIncrement, string Type);

/// <summary>
/// Runs an analyzer through the whole TokenStream contract (Reset, IncrementToken, End, Dispose)
/// and checks what Lucene relies on: offsets that never go backwards or past the text, a final
/// offset at the end of the text.
/// </summary>
internal static class AnalyzerAssert
{
    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string text, string field = "f")
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var lastStart = 0;
        while (stream.IncrementToken())
        {
            Assert.InRange(offset.StartOffset, lastStart, text.Length);
            Assert.InRange(offset.EndOffset, offset.StartOffset, text.Length);
            lastStart = offset.StartOffset;
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement, type.Type));
        }

        stream.End();
        Assert.Equal(text.Length, offset.EndOffset);
        return tokens;
    }

    /// <summary>Asserts terms and their offsets together.</summary>
    public static void AnalyzesTo(Analyzer analyzer, string text, params (string Term, int Start, int End)[] expected)
    {
        var tokens = Analyze(analyzer, text);
        Assert.Equal(expected, tokens.Select(t => (t.Term, t.Start, t.End)).ToArray());
    }
}
