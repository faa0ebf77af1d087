using KnowledgeGraph.Core.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace KnowledgeGraph.Core.Tests.Search;

public class KeywordFieldTests
{
    [Theory]
    [InlineData("doc-1:s3")]
    [InlineData("政协委员|Person")]
    [InlineData("")]
    public void Its_token_stream_gives_what_Lucene_string_field_gives(string value)
    {
        var ours = Tokens(new KeywordField("f", value, Field.Store.NO));
        var lucenes = Tokens(new StringField("f", value, Field.Store.NO));

        Assert.Equal(lucenes, ours);
    }

    [Fact]
    public void One_stream_serves_field_after_field_on_a_thread()
    {
        var first = Tokens(new KeywordField("f", "第一个值", Field.Store.NO));
        var second = Tokens(new KeywordField("g", "second", Field.Store.YES));

        Assert.Equal(("第一个值", 0, 4, 4), first.Single());
        Assert.Equal(("second", 0, 6, 6), second.Single());
    }

    [Fact]
    public void Indexed_values_are_found_whole_and_stored_ones_read_back()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzerForTest())))
        {
            for (var i = 0; i < 3; i++)
            {
                writer.AddDocument(new LuceneDocument
                {
                    new KeywordField("id", $"passage-{i}", Field.Store.YES),
                    new KeywordField("label", i % 2 == 0 ? "Person" : "Body", Field.Store.NO),
                });
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var people = searcher.Search(new TermQuery(new Term("label", "Person")), 10);
        var ids = people.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get("id")).Order().ToList();

        Assert.Equal(["passage-0", "passage-2"], ids);
        Assert.Null(searcher.Doc(people.ScoreDocs[0].Doc).Get("label"));
        Assert.Equal(0, searcher.Search(new TermQuery(new Term("label", "Per")), 10).TotalHits);
    }

    private static List<(string Term, int Start, int End, int Final)> Tokens(Field field)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = field.GetTokenStream(new KeywordAnalyzerForTest());
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var found = new List<(string, int, int)>();
        while (stream.IncrementToken())
        {
            found.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        tokens.AddRange(found.Select(t => (t.Item1, t.Item2, t.Item3, offset.EndOffset)));
        return tokens;
    }

    /// <summary>Never asked for: keyword fields make their own stream.</summary>
    private sealed class KeywordAnalyzerForTest : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            throw new InvalidOperationException("a keyword field asked the analyzer");
    }
}
