using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Heads and issuers of county and district news and notices met in sets 14 and 15: a committee going to
// the district it would be read as, a prefecture written by its first character, a forum that masks 政,
// a 稿源 line carrying the date, a breadcrumb that lost its separators and an official heading broken
// before its kind of document. The texts are ours; the shapes are the genre's.
public class DistrictNewsFormsTests
{
    private static DocumentHead Head(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    private static string? Issuer(string text) => Properties(text).GetValueOrDefault("issuer") as string;

    [Fact]
    public void A_district_committee_going_to_the_district_it_is_read_as_is_the_other_district_the_text_names()
    {
        Assert.Equal("政协天津市南开区委员会", Issuer(
            "6月3日上午，区政协组织部分老委员到红桥区参观学习。红桥区政协副主席王某某陪同参观。红桥区政协主席李某某介绍了红桥区文化建设情况。大家希望南开区学习借鉴好的经验。"));
    }

    [Fact]
    public void A_district_committee_visiting_a_town_of_its_own_district_stays_its_own()
    {
        Assert.Equal("政协天津市红桥区委员会", Issuer(
            "6月3日上午，区政协组织委员到红桥区某某街道视察社区治理。区政协主席李某某参加。委员们希望红桥区继续推进社区治理。"));
    }

    [Fact]
    public void A_prefecture_written_by_its_first_character_is_read_in_its_own_region()
    {
        Assert.Equal("政协巴音郭楞蒙古自治州委员会", Issuer(
            "巴州政协开展结对认亲活动\n来源：某某新疆网\n近日，巴州政协机关干部来到和静县、若羌县的结对户家中走访，和静县的亲戚热情接待。"));
    }

    [Fact]
    public void A_first_character_abbreviation_shared_with_a_district_elsewhere_stays_that_districts_in_its_province()
    {
        Assert.Equal("政协巴中市巴州区委员会", Issuer(
            "巴州政协召开常委会议\n近日，巴州政协召开常委会议，巴中市委有关负责同志出席，会议研究了巴中市重点项目民主监督工作。"));
    }

    [Fact]
    public void A_forum_that_masks_every_zheng_still_names_its_committee()
    {
        var properties = Properties(
            "区*协九届三次会议开幕\n区*协九届三次会议今天开幕。区*协主席王某某受*协鞍山市铁东区第九届委员会常务委员会委托作报告。区*协副主席李某某主持会议。");

        Assert.Equal("政协鞍山市铁东区委员会", properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_few_stars_before_xie_in_a_text_that_writes_the_committee_out_are_left()
    {
        const string text = "区*协、市*协、县*协几处是笔误，区政协、市政协、县政协、省政协都写全了。";

        Assert.Equal(text, KnowledgeGraph.Core.Extraction.Reading.MaskedCharacters.Restore(text));
    }

    [Fact]
    public void A_gaoyuan_line_gives_the_source_and_the_date()
    {
        var head = Head("""
            稿源:某某网 编辑:王某某 2024-11-05 10:21

            某某网讯(记者 李某)11月4日,区政协组织委员视察重点项目建设。
            """);

        Assert.Equal("某某网", head.Source);
        Assert.Equal("2024-11-05", head.PublishedOn);
    }

    [Fact]
    public void A_breadcrumb_without_its_separators_is_not_the_title()
    {
        var head = Head("""
            您的位置 首页 时政

            2024年某某省政协立案提案812件

            某某网讯 1月20日上午，政协某某省委员会第二次会议开幕。
            """);

        Assert.Equal("2024年某某省政协立案提案812件", head.Title);
    }

    [Fact]
    public void An_official_heading_broken_before_its_kind_of_document_is_one_title()
    {
        var head = Head("""
            关于召开中国人民政治协商会议
            某某市第五届委员会第三次会议的决定
            政协某某市第五届委员会常务委员会第十次会议决定，中国人民政治协商会议某某市第五届委员会第三次会议于2023年1月10日在某某市召开。
            """);

        Assert.Equal("关于召开中国人民政治协商会议某某市第五届委员会第三次会议的决定", head.Title);
    }

    [Fact]
    public void A_menu_item_opening_with_guanyu_is_not_joined_to_a_notice_under_it()
    {
        var head = Head("""
            关于我们
            市政协办公室关于征集2024年提案线索的通知
            各位委员：现将征集提案线索有关事项通知如下。
            """);

        Assert.Equal("市政协办公室关于征集2024年提案线索的通知", head.Title);
    }

    [Fact]
    public void A_committee_offices_notice_is_a_headline_not_a_masthead()
    {
        var head = Head("""
            区政协办公室关于做好2024年度委员履职登记的通知
            发布时间：2024-01-05
            各委员活动组：现将有关事项通知如下。
            """);

        Assert.Equal("区政协办公室关于做好2024年度委员履职登记的通知", head.Title);
    }

    [Fact]
    public void A_headline_behind_a_column_tag_holding_a_year_is_the_title()
    {
        var head = Head("""
            【聚焦2025全县两会】县政协十届四次会议胜利闭幕

            1月10日上午，政协某某县第十届委员会第四次会议圆满完成各项议程后闭幕。
            """);

        Assert.Equal("【聚焦2025全县两会】县政协十届四次会议胜利闭幕", head.Title);
    }

    [Theory]
    [InlineData("6月3日上午，区政协组织委员到红桥区西沽街道视察社区治理工作。红桥区政协副主席王某某介绍情况。委员们建议学习借鉴河北区的经验做法。")]
    [InlineData("6月3日上午，区政协组织委员到红桥区重点企业视察。红桥区政协主席李某某参加。委员们建议学习借鉴河北区的经验做法。")]
    [InlineData("6月3日上午，区政协组织委员深入红桥区各街道开展民主监督。红桥区政协主席李某某参加。委员们还听取了河北区有关做法。")]
    public void A_district_committee_going_to_ground_inside_its_own_district_stays_its_own_when_another_is_named(string text)
    {
        Assert.Equal("政协天津市红桥区委员会", Issuer(text));
    }
}
