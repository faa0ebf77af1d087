using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Tests.Segmentation;

namespace KnowledgeGraph.Core.Tests.Search;

public class PassageSearcherTests
{
    private static readonly Node Huaian = new("committee:政协淮安市委员会", "Committee", "政协淮安市委员会");
    private static readonly Node Maishangyi = new("initiative:码上议", "Initiative", "码上议");

    private static DocumentGraph Report(string documentId, string city, int year, params string[] sentences)
    {
        var passages = sentences.Select((text, i) => new Passage($"{documentId}:s1:p1:t{i + 1}", documentId, $"{documentId}:s1", text, i * 100, i * 100 + text.Length)
        {
            Committee = $"政协{city}委员会",
            City = city,
            Province = "江苏省",
            Year = year,
            EntityIds = text.Contains("码上议", StringComparison.Ordinal) ? [Huaian.Id, Maishangyi.Id] : [Huaian.Id],
        }).ToList();
        var document = new Node(documentId, "Document", city + "工作报告") { Properties = new Dictionary<string, object> { ["source"] = city + ".txt", ["title"] = city + "工作报告" } };
        return new DocumentGraph(document, [Huaian, Maishangyi], [], passages);
    }

    private static PassageSearcher Searcher(PassageIndex index) => new(index, TestSegmenters.Cppcc, PassageSearcher.DefaultStopWords());

    [Fact]
    public void Plain_chinese_finds_passages_that_hold_the_words_ranked_with_facets_and_display_fields()
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        index.ReplaceDocument(Report("doc:a", "淮安市", 2023, "市县两级政协共走访民营企业603家。", "通过码上议平台征集议题。", "召开常委会议。"));
        index.ReplaceDocument(Report("doc:b", "盐城市", 2024, "走访民营企业534家，助力民营经济发展。"));
        var searcher = Searcher(index);

        var result = searcher.Search(new SearchRequest("走访民营企业"));

        Assert.Equal(2, result.Total);
        Assert.All(result.Hits, h => Assert.Contains("走访民营企业", h.Text, StringComparison.Ordinal));
        var first = result.Hits.Single(h => h.City == "淮安市");
        Assert.Equal(("doc:a", "淮安市.txt", "淮安市工作报告", 2023), (first.DocumentId, first.Source, first.Title, first.Year));
        Assert.Equal([new FacetValue("淮安市", 1), new FacetValue("盐城市", 1)], result.Facets[PassageFields.City]);
        Assert.Equal(["2023", "2024"], result.Facets[PassageFields.Year].Select(f => f.Value).Order());
        Assert.Equal([new FacetValue("Committee", 2)], result.Facets[PassageFields.EntityTypes]);
        Assert.Contains(first.Highlights, s => first.Text[s.Start..s.End].Contains("走访", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_the_segmenter_cuts_differently_in_the_passage_is_found_by_its_bigrams()
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        index.ReplaceDocument(Report("doc:a", "淮安市", 2023, "打造委员为民服务超市品牌。"));

        var result = Searcher(index).Search(new SearchRequest("为民服务"));

        Assert.Equal(1, result.Total);
    }

    [Fact]
    public void Filters_restrict_and_entity_types_come_from_the_graph()
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        index.ReplaceDocument(Report("doc:a", "淮安市", 2023, "政协通过码上议平台征集议题。", "政协召开常委会议。"));
        index.ReplaceDocument(Report("doc:b", "盐城市", 2024, "政协走访企业。"));
        var searcher = Searcher(index);

        Assert.Equal(3, searcher.Search(new SearchRequest("政协")).Total);
        Assert.Equal(["政协走访企业。"], searcher.Search(new SearchRequest("政协") { City = "盐城市" }).Hits.Select(h => h.Text));
        Assert.Equal(["政协走访企业。"], searcher.Search(new SearchRequest("政协") { Year = 2024 }).Hits.Select(h => h.Text));
        var initiatives = searcher.Search(new SearchRequest("政协") { EntityType = "Initiative" });
        var hit = Assert.Single(initiatives.Hits);
        Assert.Contains(new PassageEntity("initiative:码上议", "码上议", "Initiative"), hit.Entities);
    }

    [Fact]
    public void Syntax_that_does_not_parse_is_read_as_plain_text()
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        index.ReplaceDocument(Report("doc:a", "淮安市", 2023, "通过码上议平台征集议题。", "召开常委会议。"));
        var searcher = Searcher(index);

        Assert.Equal(1, searcher.Search(new SearchRequest("\"码上议平台\"")).Total);
        Assert.Equal(1, searcher.Search(new SearchRequest("码上议 AND (")).Total);
        Assert.Equal(1, searcher.Search(new SearchRequest("码上议 -常委")).Total);
    }

    [Fact]
    public void Requests_out_of_bounds_are_refused_before_searching()
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        var searcher = Searcher(index);

        Assert.Throws<ArgumentException>(() => searcher.Search(new SearchRequest(" ")));
        Assert.Throws<ArgumentException>(() => searcher.Search(new SearchRequest(new string('政', SearchLimits.MaxQueryLength + 1))));
        Assert.Throws<ArgumentOutOfRangeException>(() => searcher.Search(new SearchRequest("政协", 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => searcher.Search(new SearchRequest("政协", 10, SearchLimits.MaxOffset + 1)));
    }

    [Fact]
    public void A_documents_passages_come_back_in_reading_order_and_by_id()
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        index.ReplaceDocument(Report("doc:a", "淮安市", 2023, "第一句。", "第二句。", "第三句。"));
        var searcher = Searcher(index);

        Assert.Equal(["第一句。", "第二句。", "第三句。"], searcher.GetDocumentPassages("doc:a").Select(p => p.Text));
        Assert.Equal(["doc:a:s1:p1:t3", "doc:a:s1:p1:t1"], searcher.GetPassages(["doc:a:s1:p1:t3", "missing", "doc:a:s1:p1:t1"]).Select(p => p.Id));
    }

    [Fact]
    public void Passages_read_by_id_are_read_again_after_the_document_changes()
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        index.ReplaceDocument(Report("doc:a", "淮安市", 2023, "第一句。", "第二句。"));
        var searcher = Searcher(index);
        Assert.Equal(["第一句。"], searcher.GetPassages(["doc:a:s1:p1:t1"]).Select(p => p.Text));

        index.ReplaceDocument(Report("doc:a", "盐城市", 2024, "改过的第一句。"));

        var again = Assert.Single(searcher.GetPassages(["doc:a:s1:p1:t1", "doc:a:s1:p1:t2"]));
        Assert.Equal(("改过的第一句。", "盐城市", 2024), (again.Text, again.City, again.Year));
        index.DeleteDocument("doc:a");
        Assert.Empty(searcher.GetPassages(["doc:a:s1:p1:t1"]));
    }

    [Fact]
    public void Facets_count_every_segment_and_leave_out_replaced_passages()
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        index.ReplaceDocument(Report("doc:a", "淮安市", 2023, "委员走访民营企业。", "委员通过码上议平台征集议题。"));
        index.ReplaceDocument(Report("doc:b", "盐城市", 2024, "委员走访民营企业534家。"));
        var searcher = Searcher(index);
        Assert.Equal([new FacetValue("淮安市", 1), new FacetValue("盐城市", 1)], searcher.Search(new SearchRequest("走访民营企业")).Facets[PassageFields.City]);

        // doc:a again, now of another city and year: its old passages are deleted in their segment.
        index.ReplaceDocument(Report("doc:a", "泰州市", 2025, "委员走访民营企业。", "委员走访民营企业并通过码上议平台征集议题。"));
        var result = searcher.Search(new SearchRequest("走访民营企业"));

        Assert.Equal(3, result.Total);
        Assert.Equal([new FacetValue("泰州市", 2), new FacetValue("盐城市", 1)], result.Facets[PassageFields.City]);
        Assert.Equal([new FacetValue("2025", 2), new FacetValue("2024", 1)], result.Facets[PassageFields.Year]);
        Assert.Equal([new FacetValue("Committee", 3), new FacetValue("Initiative", 1)], result.Facets[PassageFields.EntityTypes]);
    }

    [Fact]
    public void An_index_in_an_older_format_is_emptied_on_open_and_says_so()
    {
        using var folder = new TempFolder();
        using (var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc))
        {
            index.ReplaceDocument(Report("doc:a", "淮安市", 2023, "第一句。"));
        }

        using (var directory = Lucene.Net.Store.FSDirectory.Open(folder.Path))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null)))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["passageFormat"] = "1" });
            writer.Commit();
        }

        using (var reopened = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc))
        {
            Assert.True(reopened.WasReset);
            Assert.Equal(0, reopened.Count());
            reopened.ReplaceDocument(Report("doc:a", "淮安市", 2023, "第一句。"));
        }

        using var current = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        Assert.False(current.WasReset);
        Assert.Equal(1, current.Count());
    }
}
