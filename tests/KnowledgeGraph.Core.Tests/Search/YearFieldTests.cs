using KnowledgeGraph.Core.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Tests.Search;

public class YearFieldTests
{
    [Fact]
    public void Two_years_in_turn_give_the_terms_an_Int32Field_of_each_gives()
    {
        foreach (var year in new[] { 2023, 1998 })
        {
            Assert.Equal(Terms(new Int32Field("year", year, Field.Store.YES)), Terms(new YearField("year", year, Field.Store.YES)));
        }
    }

    [Fact]
    public void A_stored_year_is_read_back_and_found_by_a_range()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, null)))
        {
            foreach (var year in new[] { 2021, 2023, 2024 })
            {
                writer.AddDocument(new Document { new YearField("year", year, Field.Store.YES) });
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var hits = searcher.Search(NumericRangeQuery.NewInt32Range("year", 2022, 2023, true, true), 10).ScoreDocs;

        var hit = Assert.Single(hits);
        Assert.Equal(2023, searcher.Doc(hit.Doc).GetField("year").GetInt32Value());
        Assert.Equal(2021, reader.Document(0).GetField("year").GetInt32Value());
    }

    private static List<string> Terms(Field field)
    {
        var terms = new List<string>();
        using var stream = field.GetTokenStream(null);
        var term = stream.AddAttribute<ITermToBytesRefAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            term.FillBytesRef();
            terms.Add(term.BytesRef.ToString());
        }

        stream.End();
        return terms;
    }
}
