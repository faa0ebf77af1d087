namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Limits of the department and foot rules: a department signing a short reply over its date is no headline, a
// date under a label on the last line is an event's, and 我局 in an officer's report within a committee's news is
// not the text's voice. The texts are ours; the shapes are the genre's.
public class SignedFootAndReportedVoiceFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void A_department_signing_a_short_reply_over_its_date_is_not_the_title()
    {
        var properties = Properties("""
            关于加强农村养老服务的提案的答复
            王某明委员：
            您提出的提案收悉，经认真研究，现答复如下。
            三门县民政局
            2023年6月8日
            """);

        Assert.Equal("关于加强农村养老服务的提案的答复", properties.GetValueOrDefault("title"));
        Assert.Equal("三门县民政局", properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_date_under_a_label_on_the_last_line_is_not_the_documents()
    {
        var properties = Properties("""
            政协临泉县委员会2023年工作总结
            2023年，县政协认真履行职能，各项工作取得新成效。
            全年共立案提案156件，已全部办结。
            附：下次全体会议召开时间
            2024年1月15日
            """);

        Assert.Equal("政协临泉县委员会2023年工作总结", properties.GetValueOrDefault("title"));
        Assert.Null(properties.GetValueOrDefault("date"));
    }

    [Fact]
    public void A_date_alone_after_the_last_sentence_stays_the_documents()
    {
        var properties = Properties("""
            政协临泉县委员会2023年工作总结
            2023年，县政协认真履行职能，各项工作取得新成效。
            全年共立案提案156件，已全部办结。
            2023年12月20日
            """);

        Assert.Equal("2023-12-20", properties.GetValueOrDefault("date"));
    }

    [Theory]
    [InlineData("县教育局局长王某明就我局承办的提案办理情况作了汇报。")]
    [InlineData("会上，县教育局负责人围绕我局承办的12件提案逐一作了说明。")]
    public void An_officers_we_reported_in_a_committees_news_keeps_the_committee(string sentence)
    {
        var properties = Properties("临泉县政协召开提案办理面商会\n6月28日，临泉县政协召开提案办理面商会，县政协副主席王某华出席。\n" + sentence);

        Assert.Equal("政协临泉县委员会", properties.GetValueOrDefault("issuer"));
    }
}
