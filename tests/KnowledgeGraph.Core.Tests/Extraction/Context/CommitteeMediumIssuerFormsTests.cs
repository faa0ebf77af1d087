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

    [Theory]
    [InlineData("远程协商会聚焦托育服务\n\n10月9日，湖州市政协网络议政远程协商会举行，德清县政协设分会场。会议围绕托育服务协商议政。")]
    [InlineData("委员履职平台上线\n\n近日，湖州市政协在线履职平台正式上线，德清县政协同步接入。")]
    public void A_committees_own_network_step_or_platform_is_no_medium(string text)
    {
        Assert.Equal("政协湖州市委员会", Issuer(text));
    }
}
