using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Heads, issuers and years of pages met in the sixth set: a spam mirror's keyword line above the
// headline, a gazetteer section under an archive's site lines, pinyin glosses inside a committee's
// name, a county's "two sessions" kicker that is the only place named, the year a plan opens, and a
// profile told year by year in a page that has a date line. The texts are ours; the shapes are the genre's.
public class ArchiveAndMirrorFormsTests
{
    private static DocumentHead Head(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void A_spam_mirrors_keyword_line_above_the_headline_is_not_the_title()
    {
        var head = Head("""
            免费精品专区,高清在线观看,最新影视大全,热门推荐排行

            李长青:为补齐县志空白跑遍图书馆

            2020-05-06 10:00:00  来源:某某导报

              今年已82岁的李长青,说起当年编写文史资料的日子,仍然记得很清楚。
            """);

        Assert.Equal("李长青：为补齐县志空白跑遍图书馆", head.Title);
        Assert.Equal("2020-05-06", head.PublishedOn);
    }

    [Fact]
    public void A_section_heading_under_an_archives_site_lines_is_the_title()
    {
        var head = Head("""
            某某省地方志资料库

            地情资料检索

            第二节 县政协

            目录浏览

            1990年3月5日至8日，召开了政协某某县第二届委员会第三次会议，与会委员120人，会议听取了常务委员会工作报告和提案工作报告，共收到提案98件，会议通过了各项决议，选举了增补常务委员。
            """);

        Assert.Equal("第二节 县政协", head.Title);
    }

    [Fact]
    public void A_site_line_confirmed_by_its_date_line_is_not_replaced_by_a_later_section_heading()
    {
        var head = Head("""
            县政协召开文史工作座谈会
            发布时间：2023-04-12
            第一章 总则
            4月12日，县政协召开文史工作座谈会，研究年度文史资料征编计划。
            """);

        Assert.Equal("县政协召开文史工作座谈会", head.Title);
    }

    [Fact]
    public void A_committee_named_with_pinyin_glosses_in_the_headline_is_the_issuer()
    {
        var properties = Properties("""
            内(nèi)蒙古自治区(qū)政协(xié)主席张某某到呼伦贝尔市调研
            11月4日至6日,内(nèi)蒙古自治区(qū)政协(xié)主席张某某一行到呼伦贝尔市调研,呼伦贝尔市政协主席王某某参加调研。
            """);

        Assert.Equal("政协内蒙古自治区委员会", properties["issuer"]);
    }

    [Fact]
    public void A_countys_two_sessions_kicker_resolves_its_county_committee()
    {
        var properties = Properties("""
            —— 关注“旬邑两会” ——
            出席县政协十一届二次会议的委员报到
            3月2日，参加县政协十一届二次会议的委员们陆续报到，领取会议材料。
            """);

        Assert.Equal("政协旬邑县委员会", properties["issuer"]);
    }

    [Fact]
    public void The_year_a_plan_opens_is_the_year_of_a_session_story_that_also_names_the_year_before()
    {
        var properties = Properties("""
            某某州进入“两会”时间
            1月10日，州政协第九届委员会第五次会议开幕。州委书记在讲话中说，2025年是“十四五”规划收官之年，全州政协组织和政协委员作出了积极贡献。他说，2026年是“十五五”规划开局之年，希望广大委员继续建言献策。
            """);

        Assert.Equal(2026L, properties["year"]);
    }

    [Fact]
    public void A_profile_told_year_by_year_takes_the_year_its_date_line_and_今年_give()
    {
        var properties = Properties("""
            王某某：三十年守护文史资料
            2019-06-05 09:00  来源：某某导报
            今年已80岁的王某某，说起文史资料仍然滔滔不绝。
            1980年，县政协恢复工作，王某某调入政协机关。
            1982年，王某某开始编写文史资料。
            1985年，第一辑文史资料正式出版。
            """);

        Assert.Equal(2019L, properties["year"]);
    }
}
