using KnowledgeGraph.Core.Extraction.Reading;

namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// The lists that a unit's quotes form: “A”“B”, “A”、“B”, “A”和“B”, “A”与“B”, “A”及“B”. For each
/// quote, where its list starts (the first quote's opening mark) and ends (the last quote's end).
/// </summary>
/// <remarks>Computed once per unit in one pass each way, so a list of L quotes costs O(L), not O(L²).</remarks>
internal sealed class QuoteLists
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    public QuoteLists(string text, IReadOnlyList<QuotedSpan> quotes)
    {
        var joined = new bool[quotes.Count];
        for (var k = 0; k + 1 < quotes.Count; k++)
        {
            joined[k] = quotes[k].End <= quotes[k + 1].Open && IsJoint(text.AsSpan(quotes[k].End, quotes[k + 1].Open - quotes[k].End));
        }

        _starts = new int[quotes.Count];
        for (var k = 0; k < quotes.Count; k++)
        {
            _starts[k] = k > 0 && joined[k - 1] ? _starts[k - 1] : quotes[k].Open;
        }

        _ends = new int[quotes.Count];
        for (var k = quotes.Count - 1; k >= 0; k--)
        {
            _ends[k] = joined[k] ? _ends[k + 1] : quotes[k].End;
        }
    }

    /// <summary>The opening mark of the first quote of the list that holds quote <paramref name="k"/>.</summary>
    public int Start(int k) => _starts[k];

    /// <summary>The end of the last quote of the list that holds quote <paramref name="k"/>.</summary>
    public int End(int k) => _ends[k];

    // What may stand between two quotes of one list: nothing, a list comma or a conjunction.
    private static bool IsJoint(ReadOnlySpan<char> gap) =>
        gap.IsEmpty || (gap.Length == 1 && "、和与及".Contains(gap[0]));
}
