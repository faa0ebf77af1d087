namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A committee's website or paper (湖南政协网) on a source or editor's line carries the stories of the
// committees below it too: it is not the story's committee. Sentences ours, the pattern the genre's.
public class CommitteeMediumIssuerFormsTests
{
    private static string? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Fact]
    public void A_committees_website_on_an_editors_line_is_not_the_committee_of_the_story()
    {
        Assert.Equal("政协宜章县委员会", Issuer(
            "宜章县：“三帮三送”助增收\n发布时间：2017-09-01 编辑：湘声报-湖南政协网\n\n湘声报讯 近日，宜章县政协委员向该县贫困户赠送鸡苗。今年以来，县政协开展“三帮三送”活动。"));
    }

    [Fact]
    public void A_committees_website_as_the_source_gives_way_to_the_committee_the_story_names()
    {
        Assert.Equal("政协宜章县委员会", Issuer(
            "宜章县：“三帮三送”助增收\n来源：湖南政协网\n\n近日，宜章县政协委员向该县贫困户赠送鸡苗。今年以来，县政协开展“三帮三送”活动。"));
    }
}
