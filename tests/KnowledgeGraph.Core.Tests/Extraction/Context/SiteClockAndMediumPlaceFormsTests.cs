namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Page furniture that tells a date or a place without being the story's: a site's clock (今天是：…), a
// labelled date line run into the lead, an empty source label over the date line, a committee that runs
// the site (…委员会主办), a site's or paper's name as the source (来源：某某网), a dateline with its day,
// a county of two characters in a dateline, the national committee written with its term, and a story
// recalling past years alike. Sentences ours, the forms the genre's.
public class SiteClockAndMediumPlaceFormsTests
{
    private static object? Get(string text, string key) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault(key);

    [Fact]
    public void The_sites_clock_is_not_the_day_published_and_an_empty_source_is_not_the_date_under_it()
    {
        const string page = "今天是：2020年5月8日\n\n省政协副主席来宿松调研\n\n来源：\n\n2019-12-13 23:00:28\n\n"
            + "12月12日，省政协副主席一行来宿松县调研油茶产业。县政协主席汇报了县政协今年工作。";

        Assert.Equal("2019-12-13", Get(page, "date"));
        Assert.Equal(2019L, Get(page, "year"));
    }

    [Fact]
    public void A_labelled_date_line_run_into_the_lead_gives_the_day_published()
    {
        const string page = "峨边政协助力“双创”工作\n来源:县政协信息中心 浏览:2107 次 时间:2023-08-22 16:19:06峨边创建国家卫生县工作以来，"
            + "峨边政协以务实的举措助力创建工作。一是由县政协主席主持召开党组会议，研究部署有关工作。";

        Assert.Equal("2023-08-22", Get(page, "date"));
        Assert.Equal(2023L, Get(page, "year"));
    }

    [Fact]
    public void A_story_recalling_two_past_years_alike_is_of_the_year_it_was_published()
    {
        const string page = "为了这边风景更好\n\n12.12.2017  16:14\n\n江西旅游资源丰富，近年来发展迅速。\n\n"
            + "2013年，省政协围绕加快发展旅游业开展专题调研。\n\n2015年，省政协将旅游服务业纳入重点协商议题。";

        Assert.Equal(2017L, Get(page, "year"));
    }

    [Fact]
    public void A_committee_that_runs_the_site_gives_way_to_the_district_committee_of_the_story()
    {
        const string page = "区县政协\n中国人民政治协商会议重庆市委员会主办\n首页 > 区县政协 > 正文\n武隆：调研城市更新工作\n\n"
            + "2025年04月29日 14:56 来源：重庆政协报\n\n4月16日，武隆区政协组织委员围绕城市更新开展现场调研。该区政协主席参加调研。";

        Assert.Equal("政协重庆市武隆区委员会", Get(page, "issuer"));
    }

    [Fact]
    public void A_committee_that_runs_the_site_is_the_issuer_when_the_story_names_no_other()
    {
        const string page = "视察调研\n中国人民政治协商会议重庆市委员会主办\n首页 > 视察调研 > 正文\n搭建履职新平台\n\n"
            + "2023年09月06日 来源：重庆政协报\n\n近日，市政协组织委员赴澳门开展交流活动，双方就深化合作进行座谈。";

        Assert.Equal("政协重庆市委员会", Get(page, "issuer"));
    }

    [Fact]
    public void A_sites_name_as_the_source_tells_the_countys_committee()
    {
        const string page = "县领导参加政协分组讨论\n文章来源:民权网 文章作者:民权网 责任编辑:某某\n时间:2020-05-28 17:03\n"
            + "5月28日下午，县政协副主席分别到各界别组参加分组讨论，审议政协常委会工作报告。";

        Assert.Equal("政协民权县委员会", Get(page, "issuer"));
    }

    [Fact]
    public void A_sites_name_as_the_source_after_other_labels_tells_the_countys_committee()
    {
        const string page = "县领导到乡镇指导政协工作\n阅读次数: 作者:竹溪新闻网 信息来源:竹溪新闻网 发布时间:2018-03-09 07:44\n"
            + "3月6日下午，某某乡政协工委召开第一季度工作例会，县政协副主席某某某出席例会。";

        Assert.Equal("政协竹溪县委员会", Get(page, "issuer"));
        Assert.Equal("竹溪新闻网", Get(page, "publisher"));
    }

    [Theory]
    // An account named for what it does (某某发布) keeps its whole name, at the line's start and after a date.
    [InlineData("来源：竹溪发布 发布时间：2021-01-23 12:42\n")]
    [InlineData("2021-01-23 12:42 来源：竹溪发布\n")]
    public void A_source_named_as_an_account_that_publishes_keeps_its_name(string line)
    {
        var page = "县政协召开常委会议\n" + line + "1月22日，县政协召开常委会议，审议有关事项。";

        Assert.Equal("竹溪发布", Get(page, "publisher"));
    }

    [Fact]
    public void A_dateline_with_its_day_tells_the_districts_committee()
    {
        const string page = "南岳新闻网2月27日讯（记者 某某）区政协六届二次会议期间共收到委员提案127件，提案内容涉及旅游经济发展等方面。";

        Assert.Equal("政协衡阳市南岳区委员会", Get(page, "issuer"));
    }

    [Theory]
    // A county of two characters whose first is a word of prose (房, 和) is read before a dateline's 讯,
    // also in a site's name (今日房县网, 房县新闻网).
    [InlineData("房县讯", "政协房县委员会")]
    [InlineData("今日房县网讯", "政协房县委员会")]
    [InlineData("房县新闻网讯", "政协房县委员会")]
    [InlineData("和县讯", "政协和县委员会")]
    public void A_two_character_county_in_a_dateline_tells_the_countys_committee(string dateline, string committee)
    {
        var page = "县政协开展视察活动\n" + dateline + "（通讯员 某某）3月5日，县政协组织部分委员视察重点项目建设。";

        Assert.Equal(committee, Get(page, "issuer"));
    }

    [Theory]
    [InlineData("新华社北京8月23日电 政协第十四届全国委员会常务委员会第三次会议23日下午举行全体会议，13位常委作大会发言。")]
    [InlineData("8月23日，中国人民政治协商会议第十四届全国委员会常务委员会举行全体会议，围绕科技创新建言。")]
    public void The_national_committee_written_with_its_term_is_the_national_committee(string text)
    {
        Assert.Equal("中国人民政治协商会议全国委员会", Get(text, "issuer"));
    }
    [Theory]
    [InlineData("凤凰网", "政协凤凰县委员会")]
    [InlineData("华龙网", "政协濮阳市华龙区委员会")]
    public void A_portal_that_carries_every_places_stories_as_the_source_tells_no_county(string portal, string county)
    {
        var page = "县政协开展民生实事视察\n来源：" + portal + "\n时间：2023-05-10 10:00\n"
            + "5月9日，县政协组织委员视察民生实事项目进展情况。县政协主席参加视察并讲话。";

        Assert.NotEqual(county, Get(page, "issuer"));
    }

    [Theory]
    [InlineData("主办单位：政协岳西县委员会\n承办单位：县文联\n省政协副主席出席论坛并致辞。")]
    public void A_committee_hosting_the_event_inside_the_story_is_not_the_sites_owner(string lines)
    {
        var page = "首届茶产业发展论坛举行\n2023-06-12\n6月10日，首届茶产业发展论坛在岳西县举行。\n" + lines;

        Assert.Equal("政协岳西县委员会", Get(page, "issuer"));
    }
}
