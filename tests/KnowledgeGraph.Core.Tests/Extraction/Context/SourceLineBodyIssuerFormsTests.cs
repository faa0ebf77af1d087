namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A source line naming a local body that put the story out (来源：某区委统战部, 来源:某县工商联): that body
// is the issuer, as the same body in a closing credit is, whatever committee the story is about; a government
// named as source is the portal carrying the page, not its author.
// The texts are ours; the shapes are the genre's.
public class SourceLineBodyIssuerFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) => TestExtraction.Read(text).Graph.Document.Properties;

    [Fact]
    public void A_district_united_front_department_as_source_issues_the_story()
    {
        var properties = Properties("""
            首页——正文
            晋安区设立政协委员联络站
            2021年05月12日 10:20  来源:晋安区委统战部
              5月10日上午，福州市晋安区举行政协委员联络站揭牌仪式。区委常委、统战部长王某某出席并讲话。
              联络站将组织委员定期接待群众，收集社情民意，推动区政协工作向基层延伸。
            """);

        Assert.Equal("中共福州市晋安区委员会统一战线工作部", properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_county_publicity_department_as_source_issues_the_story()
    {
        var properties = Properties("""
            首页——正文
            仙居县在台州市率先建成乡镇政协委员工作室
            2020年08月03日 09:15  来源:仙居县委宣传部
              7月31日，仙居县举行乡镇政协委员工作室启用仪式。县委常委、宣传部长李某某出席。
              工作室将成为委员联系群众的平台，推动政协工作向基层延伸。
            """);

        Assert.Equal("中共仙居县委员会宣传部", properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_county_federation_of_industry_as_source_issues_the_story()
    {
        var properties = Properties("""
            五河县政协委员走访民营企业
            2022-06-08  来源：五河县工商联
            6月7日，县政协副主席、县工商联主席张某某带领部分委员走访辖区民营企业，了解企业用工情况。
            """);

        Assert.Equal("五河县工商业联合会", properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_county_government_as_source_is_the_portal_and_leaves_the_story_to_the_committee()
    {
        var properties = Properties("""
            五河县政协委员走访民营企业
            2022-06-08  来源：五河县人民政府
            6月7日，县政协副主席张某某带领部分委员走访辖区民营企业，了解企业用工情况。
            """);

        Assert.Equal("政协五河县委员会", properties.GetValueOrDefault("issuer"));
    }

    [Fact]
    public void A_newspaper_as_source_leaves_the_story_to_the_committee()
    {
        var properties = Properties("""
            五河县政协委员走访民营企业
            2022-06-08  来源：某某日报
            6月7日，县政协副主席张某某带领部分委员走访辖区民营企业，了解企业用工情况。
            """);

        Assert.Equal("政协五河县委员会", properties.GetValueOrDefault("issuer"));
    }
}
