using KnowledgeGraph.Core.Extraction.Context;

namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Forms met in sets 45–48: a government portal's accessibility bar (无障碍浏览 进入老年模式) and its record of
// public information (索引号, 发布机构, 发文日期, 主题分类, 内容概述) above the headline; a government's bare name as
// the portal's masthead; a place's short form read across a word (主持召开州政协: 召开, not 开州); the national
// committee named only in a visiting officer's title. The texts are ours; the shapes are the genre's.
public class PortalRecordAndWordBoundaryFormsTests
{
    private static DocumentHead Head(string text) => DocumentHeadReader.Read(text, TestExtraction.Vocabulary.Surnames);

    private static string? Issuer(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties.GetValueOrDefault("issuer") as string;

    [Fact]
    public void A_portals_accessibility_bar_is_not_the_title()
    {
        var head = Head("""
            无障碍浏览 进入老年模式 个人中心

            您当前所在的位置: 首页 > 新闻中心 > 本地要闻
            【聚焦两会】政协某某区第三届委员会第五次会议开幕
            打印
            字号:

            2月4日上午，政协某某区第三届委员会第五次会议在区会议中心开幕。
            """);

        Assert.Equal("【聚焦两会】政协某某区第三届委员会第五次会议开幕", head.Title);
    }

    [Fact]
    public void The_headline_under_a_portals_public_information_record_is_the_title()
    {
        var head = Head("""
            某某网络推广服务热线，扫码咨询wx，全天在线，价格优惠欢迎来电

            您的位置:首页 >区政协 >公告公示

            公告公示

            索引号: 000000000/2023-00012 发布机构: 区政协
            发文日期:: 2023-05-06 主题分类: 公告公示
            文 号: 关键词:
            内容概述:

            凝聚委员力量 共建美丽家园 ——致全区政协委员的倡议书

            全区广大政协委员:

               为进一步改善人居环境，区政协向全区政协委员发出如下倡议。
            """);

        Assert.Equal("凝聚委员力量 共建美丽家园——致全区政协委员的倡议书", head.Title);
    }

    [Fact]
    public void A_governments_bare_name_over_its_portal_is_no_headline()
    {
        var head = Head("""
            某某县人民政府

            县政协召开委员履职培训会

            发布时间：2024-05-10 来源：县政协办公室

            5月9日，县政协召开委员履职培训会。
            """);

        Assert.Equal("县政协召开委员履职培训会", head.Title);
    }

    [Fact]
    public void A_short_form_read_across_a_common_word_names_no_committee()
    {
        // 召开州政协: the word 召开, then 州政协; not 开州 (重庆市开州区) and its committee.
        Assert.Equal("政协湘西土家族苗族自治州委员会", Issuer(
            "4月1日，湖南省湘西州政协主席王某某主持召开州政协十三届十三次常委会议。州政协副主席李某某、张某某，秘书长赵某某出席会议。各县市政协主席列席会议。\n" +
            "会议传达学习了全国两会精神和中央、省委、州委有关会议精神。"));
    }

    [Fact]
    public void A_visiting_officers_national_title_leaves_the_host_citys_committee()
    {
        Assert.Equal("政协钦州市委员会", Issuer(
            "民盟中央副主席王某某到钦州市调研\n\n" +
            "8月6日，全国政协常委、民盟中央副主席王某某到我市调研。\n" +
            "王某某一行考察了钦州保税港区，对我市发展表示赞赏。\n" +
            "市政协副主席、民盟钦州市委主委李某某陪同调研。"));
    }
}
