namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Whose story it is when a higher committee's session, a venue or a province is named first, and the
// year reckoned from an anniversary (sentences ours, patterns the genre's).
public class LocalCommitteeFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void A_local_committee_watching_the_national_session_is_the_issuer_not_the_national_committee()
    {
        var issuer = Properties("3月5日下午，中国人民政治协商会议第十四届全国委员会第三次会议在北京人民大会堂隆重开幕。市政协党组书记、主席王某某和机关干部一道，收看了开幕盛况。大家表示，要紧扣市委部署，为建设美丽汉中贡献力量。")
            .GetValueOrDefault("issuer");

        Assert.Equal("政协汉中市委员会", issuer);
    }

    [Fact]
    public void The_national_session_alone_is_still_the_national_committees()
    {
        var issuer = Properties("3月4日下午，中国人民政治协商会议第十四届全国委员会第二次会议在北京人民大会堂开幕。2000多名全国政协委员出席会议。")
            .GetValueOrDefault("issuer");

        Assert.Equal("中国人民政治协商会议全国委员会", issuer);
    }

    [Fact]
    public void A_venue_named_after_a_city_does_not_make_that_city_the_home_of_a_relative_committee()
    {
        var issuer = Properties("1月20日，市政协五届三次会议在南京国际会议中心召开预备会议。市政协主席李某某主持会议，为建设幸福宿迁凝聚共识。")
            .GetValueOrDefault("issuer");

        Assert.NotEqual("政协南京市委员会", issuer);
    }

    [Fact]
    public void A_prefectures_committee_in_a_story_naming_its_province_more_is_the_prefecture_its_city_is_in()
    {
        var issuer = Properties("云南省八自治州政协联系会议在香格里拉市召开。州政协主席杜某某主持会议。会议认为，云南省民族团结进步示范区建设成效明显，香格里拉市各族群众安居乐业。省政协有关负责同志出席。")
            .GetValueOrDefault("issuer");

        Assert.Equal("政协迪庆藏族自治州委员会", issuer);
    }

    [Theory]
    [InlineData("今年，中华人民共和国将迎来75周年华诞。回想起我在县政协工作的这些年，1998年的抗洪、2008年的抗震都历历在目。", 2024L)]
    [InlineData("今年是人民政协成立70周年。县政协组织委员走访企业，回顾1990年以来的发展。", 2019L)]
    public void Today_with_an_anniversary_of_a_founding_gives_the_year_when_no_stronger_sign_does(string text, long year)
    {
        Assert.Equal(year, Properties(text).GetValueOrDefault("year"));
    }

    [Fact]
    public void A_district_committee_watching_the_national_session_in_a_municipality_is_the_district_the_text_names()
    {
        var issuer = Properties("本网讯(记者王某)今天下午3点，中国人民政治协商会议第十三届全国委员会第二次会议在北京隆重开幕。区政协主席李某某，副主席张某某及部分政协委员收看了开幕式实况。大家表示，要结合我区实际，为促进红桥区发展再做新贡献。来源：天津新闻信息网")
            .GetValueOrDefault("issuer");

        Assert.Equal("政协天津市红桥区委员会", issuer);
    }

    [Fact]
    public void A_county_named_by_a_conjunction_and_its_level_after_a_phrase_is_not_a_committee()
    {
        var issuer = Properties("2月25日下午，出席县政协十四届三次会议的委员们分组讨论县委书记的讲话，和县政协常委会工作报告以及提案工作情况报告。")
            .GetValueOrDefault("issuer");

        Assert.Null(issuer);
    }

    [Fact]
    public void A_county_named_after_a_verb_of_going_is_still_a_place()
    {
        var issuer = Properties("3月8日，市政协调研组赴和县开展专题调研。和县政协主席王某某陪同。")
            .GetValueOrDefault("issuer");

        Assert.Equal("政协和县委员会", issuer);
    }

    [Fact]
    public void A_story_of_the_cppcc_in_a_county_that_names_no_committee_is_that_countys()
    {
        var issuer = Properties("陈某某指出，政协委员是政协工作的主体。政协组织要坚持用共同事业凝聚委员。让我们为建设美丽金乡而努力奋斗！大会在雄壮的国歌声中闭幕。金乡县各界代表列席会议。")
            .GetValueOrDefault("issuer");

        Assert.Equal("政协金乡县委员会", issuer);
    }

    [Fact]
    public void A_speech_closing_a_january_session_is_of_its_own_year_and_a_january_report_of_the_year_before()
    {
        var speech = Properties("王某某（2023年1月12日）各位委员，同志们：政协某某市第十届委员会第一次会议，经过全体委员共同努力，顺利完成各项任务，就要闭幕了。这次会议是一次团结民主的大会。");
        var report = Properties("王某某（2023年1月9日）各位委员：我代表政协某某市第九届委员会常务委员会，向大会报告工作，请予审议。过去一年，市政协坚持围绕中心、服务大局。");

        Assert.Equal(2023L, speech.GetValueOrDefault("year"));
        Assert.Equal(2022L, report.GetValueOrDefault("year"));
    }
}
