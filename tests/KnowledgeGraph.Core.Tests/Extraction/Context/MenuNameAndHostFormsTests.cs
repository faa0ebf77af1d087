namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// Where the menu-column, full-name heading and mirror-source rules must hold back: a short headline under a
// short menu with its byline and date, a heading's date line under the committee's full name, and a page on a
// committee's own site about a committee visiting it. The texts are ours; the shapes are the genre's.
public class MenuNameAndHostFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void A_short_headline_over_its_byline_under_a_short_menu_is_the_title()
    {
        Assert.Equal("区政协召开主席会议", Properties("""
            首页
            机构设置
            工作动态
            协商议政
            委员之窗
            文史园地
            区政协召开主席会议
            记者 陈某某
            2022-04-08 09:12

            4月7日，区政协召开主席会议，研究部署近期重点工作。
            """).GetValueOrDefault("title"));
    }

    [Fact]
    public void A_date_line_under_the_committees_full_name_is_no_part_of_the_heading()
    {
        var title = Properties("""
            中国人民政治协商会议
            第八届某某县委员会
            2024年1月9日

            1月9日上午，县政协八届三次会议在县行政中心开幕。
            """).GetValueOrDefault("title") as string;
        Assert.DoesNotContain("2024", title ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_committees_own_site_hosting_a_visiting_committee_keeps_its_source_line()
    {
        Assert.Equal("政协杭州市余杭区委员会", Properties("""
            兄弟政协来我区考察交流

            发布时间:2023-05-11 来源: 余杭政协

              5月10日，湖州市南浔区政协组织部分委员来我区考察交流，区政协主席某某某陪同考察。
              考察团一行参观了区内的科技园区。
            """).GetValueOrDefault("issuer"));
    }
}
