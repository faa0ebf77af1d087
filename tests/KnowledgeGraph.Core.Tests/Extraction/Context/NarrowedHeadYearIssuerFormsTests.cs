namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Where this session's head, year and issuer rules reached past their forms: speech quoted without its stop,
// a caption or subtitle under the headline that opens with 与/及/和/并, a later wave of the epidemic, a
// four-digit year read as a review of years, a county committee hosting its city's visit, and a site's
// breadcrumb through the channel of the committees below it. The texts are ours; the shapes are the genre's.
public class NarrowedHeadYearIssuerFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void Speech_quoted_after_a_comma_without_its_stop_still_starts_the_body()
    {
        Assert.Null(Properties("""
            会上，王某某委员动情地说，“履职尽责就要把群众的冷暖放在心上”
            县政协组织委员开展走访活动，听取群众意见。
            """).GetValueOrDefault("title"));
    }

    [Theory]
    [InlineData("与会委员合影留念")]
    [InlineData("及时回应群众关切")]
    [InlineData("和谐社区建设成效明显")]
    [InlineData("并肩同行共建美丽乡村")]
    public void A_caption_or_subtitle_opening_with_a_word_of_its_own_is_not_joined_to_the_headline(string second)
    {
        Assert.Equal("县政协召开十届五次常委会议", Properties($"""
            县政协召开十届五次常委会议
            {second}
            近日，县政协召开十届五次常委会议，审议有关事项。
            """).GetValueOrDefault("title"));
    }

    [Fact]
    public void A_later_wave_of_the_epidemic_fought_with_the_same_words_implies_no_2020()
    {
        Assert.Null(Properties("""
            县政协委员投身社区疫情防控
            3月以来，本轮疫情发生后，县政协委员坚决打赢疫情防控阻击战，下沉社区参与核酸检测。
            """).GetValueOrDefault("year"));
    }

    [Fact]
    public void A_title_opening_on_a_year_is_no_review_of_several_years()
    {
        Assert.NotEqual(2022L, Properties("""
            2023年，县政协这样干
            2023-02-10 来源：某某县政协
            2022年，县政协围绕中心工作履职尽责。2023年，县政协将继续聚焦重点。2022年共提出建议30条，2023年计划开展调研10次。
            """).GetValueOrDefault("year"));
    }

    [Fact]
    public void A_county_committee_hosting_the_source_committees_visit_leaves_the_story_to_the_source()
    {
        Assert.Equal("政协聊城市委员会", Properties("""
            冠县政协陪同市政协调研组调研农村公路建设
            发布时间:2019/5/14 信息来源:聊城市政协 浏览次数:312
            5月13日，市政协副主席王某某带领调研组到冠县调研农村公路建设，冠县政协主席李某某陪同。
            """).GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_breadcrumb_through_the_channel_of_lower_committees_names_no_source()
    {
        Assert.Equal("政协冠县委员会", Properties("""
            您现在的位置: 聊城政协->县区动态->正文
            县政协召开常委会议
            时间:2019/5/14 10:20:20
            5月13日，冠县政协召开十届常委会第五次会议，县政协主席李某某主持。
            """).GetValueOrDefault("issuer"));
    }
}
