namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Who issued a page when its headline names levels in a list (省、市政协推广…经验), when provincial members are grouped by the
// city they live in (驻我市省政协委员, 住黄石省政协委员), when the only place is in the source's medium (中国赣州网-赣南日报), when
// the title carries the site's column tag (【宜良县】), when a government's office signs its report on handled proposals under a
// title without 关于…的, and when the segmenter swallows the conjunction before a district (南昌市及红谷滩区). Sentences ours,
// the layouts those of committee sites, city papers and government portals.
public class ListedLevelsAndResidentMembersIssuerFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void Levels_in_a_headline_s_list_name_no_committee_and_the_text_s_committee_issues()
    {
        var properties = Properties("""
            省、市政协推广雷州提案工作经验
            3月1日，雷州市政协八届六次会议开幕。会上获悉，雷州市政协一年来共收到提案38件，经审查立案23件。
            """);

        Assert.Equal("政协雷州市委员会", properties["issuer"]);
    }

    [Fact]
    public void Provincial_members_grouped_by_their_city_are_the_province_s_story()
    {
        var properties = Properties("""
            驻我市省政协委员积极向大会提交提案
            本报讯 省政协十二届四次会议开幕以来，驻吕梁市省政协委员围绕全省工作大局积极建言。截至1月21日，我市19名省政协委员共向大会提交提案50件。
            """);

        Assert.Equal("政协山西省委员会", properties["issuer"]);
    }

    [Fact]
    public void Provincial_members_whom_the_city_committee_takes_on_an_inspection_are_the_city_s_story()
    {
        var properties = Properties("""
            住黄石省政协委员视察沿江经济带建设
            12月8日，黄石市政协组织住黄省政协委员视察沿江经济带建设，委员们走进新港码头和保税物流中心。
            """);

        Assert.Equal("政协黄石市委员会", properties["issuer"]);
    }

    [Fact]
    public void A_city_s_website_joined_to_its_paper_on_the_source_line_gives_the_place()
    {
        var properties = Properties("""
            来源：中国赣州网-赣南日报 作者：记者某某 发布时间：2015年02月04日
            2月3日上午，市政协四届五次会议举行联组会议，委员们围绕加快教育、文化、卫生事业发展主题协商讨论。市政协副主席某某参加。
            """);

        Assert.Equal("政协赣州市委员会", properties["issuer"]);
    }

    [Fact]
    public void A_county_s_column_tag_before_the_title_does_not_hide_the_county_committee_under_the_city_s_source()
    {
        var properties = Properties("""
            【宜良县】政协宜良县第十届委员会第五次会议开幕
            [ 作者：  发布时间：2026-02-09 11:07  来源：昆明市政协  ]
            2月8日上午，政协宜良县第十届委员会第五次会议在宜良会堂开幕。县政协主席代表常务委员会作工作报告。
            """);

        Assert.Equal("政协宜良县委员会", properties["issuer"]);
    }

    [Fact]
    public void A_subtitle_after_a_column_tag_still_names_the_county_committee_under_the_city_s_source()
    {
        var properties = Properties("""
            【委员风采】扎根基层显担当——宜良县政协委员张某某的履职故事
            来源：昆明市政协
            张某某是宜良县政协委员，多年来扎根基层，积极履职。
            """);

        Assert.Equal("政协宜良县委员会", properties["issuer"]);
    }

    [Fact]
    public void A_government_line_under_a_news_headline_about_a_handling_report_is_no_signature()
    {
        var properties = Properties("""
            县政协主席会议听取县政府提案办理情况汇报
            涟水县人民政府
            2025-06-12
            6月10日，县政协召开主席会议，听取县政府关于提案办理情况的汇报。
            """);

        Assert.Equal("政协涟水县委员会", properties["issuer"]);
    }

    [Fact]
    public void A_city_s_site_on_the_source_line_does_not_make_a_district_committee_s_story_the_city_s()
    {
        var properties = Properties("""
            来源：中国宁波网
            区政协召开专题协商会
            6月5日，区政协召开专题协商会，区政协主席某某某出席会议。委员们围绕养老服务建言献策。
            """);

        Assert.NotEqual("政协宁波市委员会", properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_government_s_office_signing_its_report_on_handled_proposals_issued_it()
    {
        var properties = Properties("""
            宁县政协十届四次会议委员提案办理情况汇报
            宁县人民政府办公室
            （2025年11月19日）
            今年以来，县政府办公室按照县政府和县政协关于提案办理工作的部署，及时分解交办委员提案，定期跟踪督办。
            """);

        Assert.Equal("宁县人民政府办公室", properties["issuer"]);
    }

    [Fact]
    public void A_district_after_a_conjunction_the_segmenter_swallowed_is_the_district_committee_s_place()
    {
        var properties = Properties("""
            1月4日，区政协一届五次会议闭幕。会后，区政协组织新增补的委员开展集中视察活动。
            委员们一路看、一路听，感受南昌市及红谷滩区发展的新气象。大家对南昌市及红谷滩区的发展信心满满。
            """);

        Assert.Equal("政协南昌市红谷滩区委员会", properties["issuer"]);
    }
}
