using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Extraction;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// What a loader read outside the text (a page's <h1>, 发布时间 and 来源) is preferred to what
// extraction can only guess from the text.
public class MetadataTests
{
    private const string Text = """
        首页 > 工作动态
        市政协召开主席会议
        3月6日，市政协召开主席会议，研究年度重点协商议题。
        会议强调，要把协商议题选准选好。
        来源：长春市政协办公室
        """;

    [Fact]
    public void The_title_and_date_of_the_metadata_win_over_the_texts()
    {
        var graph = Read(Text, new DocumentMetadata(Title: "长春市政协召开十四届第十二次主席会议", Date: "2024年3月6日"));

        Assert.Equal("长春市政协召开十四届第十二次主席会议", graph.Document.Properties["title"]);
        Assert.Equal("长春市政协召开十四届第十二次主席会议", graph.Document.Name);
        Assert.Equal("2024-03-06", graph.Document.Properties["date"]);
        Assert.Equal(2024L, graph.Document.Properties["year"]);
    }

    [Fact]
    public void A_committees_office_as_source_makes_the_committee_the_issuer_and_the_office_a_body()
    {
        var graph = Read(Text, new DocumentMetadata(Source: "长春市政协办公室"));

        Assert.Equal("政协长春市委员会", graph.Document.Properties["issuer"]);
        Assert.Equal("政协长春市委员会", graph.Document.Properties["committee"]);
        var office = graph.Single("body:政协长春市委员会办公室");
        Assert.Equal("办公机构", office.Properties["kind"]);
        Assert.True(graph.HasRelation("PART_OF", office.Id, "committee:政协长春市委员会"));
        Assert.True(graph.HasRelation("REPORTED_BY", graph.Document.Id, office.Id));
        Assert.Contains(graph.Passages.Single(p => p.Text.StartsWith("3月6日", StringComparison.Ordinal)).EntityIds, id => id == "committee:政协长春市委员会");
    }

    [Fact]
    public void A_newspaper_as_source_is_a_media_body_that_reported_the_document()
    {
        var graph = Read("县政协开展委员集体视察活动\n10月29日，涟水县政协开展委员集体视察活动。\n来源：淮安日报", new DocumentMetadata(Source: "淮安日报", Author: "记者 张某"));

        Assert.Equal("淮安日报", graph.Document.Properties["publisher"]);
        Assert.Equal("媒体", graph.Single("body:淮安日报").Properties["kind"]);
        Assert.True(graph.HasRelation("REPORTED_BY", graph.Document.Id, "body:淮安日报"));
        Assert.Equal("政协涟水县委员会", graph.Document.Properties["issuer"]);
    }

    [Fact]
    public void Without_metadata_the_head_of_the_text_is_read()
    {
        var graph = Read(Text, null);

        Assert.Equal("市政协召开主席会议", graph.Document.Properties["title"]);
        Assert.Equal("政协长春市委员会", graph.Document.Properties["issuer"]);
    }

    [Fact]
    public void Blank_metadata_fields_are_ignored()
    {
        var graph = Read(Text, new DocumentMetadata(Title: "  ", Date: "", Source: " "));

        Assert.Equal("市政协召开主席会议", graph.Document.Properties["title"]);
    }

    private static DocumentGraph Read(string text, DocumentMetadata? metadata) =>
        TestExtraction.Extractor.Extract(new SourceDocument("doc:meta", "page.html", "0", new LoadedDocument("page.html", text, "html", null) { Metadata = metadata }));
}
