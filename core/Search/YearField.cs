using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// A passage's year as Lucene's <see cref="Int32Field"/> indexes it (its trie terms, for range
/// queries) and stores it, analysed by one numeric token stream per thread, set to each value in
/// turn: Lucene gives every numeric field instance a token stream of its own, a set of attributes
/// made anew for each passage.
/// </summary>
/// <remarks>
/// The indexing chain of a thread asks for one field's token stream at a time and reads it to the
/// end before asking for the next, so one stream per thread serves every year field it indexes.
/// </remarks>
internal sealed class YearField : Field
{
    [ThreadStatic]
    private static NumericTokenStream? t_stream;

    public YearField(string name, int year, Store stored)
        : base(name, stored == Store.YES ? Int32Field.TYPE_STORED : Int32Field.TYPE_NOT_STORED)
    {
        FieldsData = J2N.Numerics.Int32.GetInstance(year); // the value as Int32Field keeps it
    }

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var stream = t_stream ??= new NumericTokenStream(FieldType.NumericPrecisionStep);
        stream.SetInt32Value(GetInt32Value()!.Value);
        return stream;
    }
}
