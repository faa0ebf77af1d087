using Lucene.Net.Index;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// Document frequencies of terms, remembered for as long as the index reader they were read
/// from is the current one: a query's words and their associates are looked up again and again
/// (each lookup seeks the term in every segment), and the answers only change with a commit.
/// </summary>
/// <remarks>Thread-safe; bounded (<see cref="PerReader{TKey, TValue}"/>).</remarks>
public sealed class TermStatistics
{
    private readonly PerReader<(string Field, string Text), int> _frequencies = new(200_000);

    /// <summary>In how many passages of <paramref name="reader"/>'s index the term occurs.</summary>
    public int DocFreq(IndexReader reader, string field, string text) =>
        _frequencies.Get(reader, (field, text), key => reader.DocFreq(new Term(key.Field, key.Text)));
}
