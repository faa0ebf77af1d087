namespace KnowledgeGraph.Core.Tests.Extraction.Context;

// A committee the text calls only 县政协 (区政协) in a story that never names its county but names the towns of its
// ground (调研野三关镇, 徐泾镇、金泽镇): the county those towns lie in; a city committee (市政协) naming towns of several of
// its districts and counties, the city; failing those, a county named only inside the names of the firms the committee
// visits (代县某某有限公司), but not one read across a conjunction (讲话，和县政协…). A town name shared by many counties (城关镇)
// decides nothing; a place's short name inside a person's name after a title (县领导陈安吉) is no place. And two
// lines of portal and e-paper chrome (the national emblem's caption, 本版新闻列表) are never the title. Sentences
// ours, the patterns the genre's.
public class TownVotesIssuerFormsTests
{
    private static IReadOnlyDictionary<string, object> Properties(string text) =>
        TestExtraction.Read(text).Graph.Document.Properties;

    private static string? Issuer(string text) => Properties(text).GetValueOrDefault("issuer") as string;

    [Fact]
    public void A_county_committee_naming_only_its_towns_is_that_countys()
    {
        Assert.Equal("政协巴东县委员会", Issuer(
            "县政协视察农村公路建设\n" +
            "5月8日，县政协副主席王某某带领部分委员视察野三关镇、茶店子镇农村公路建设情况。\n" +
            "视察组一行实地察看了两镇的通村公路，听取了交通部门的情况汇报。"));
    }

    [Fact]
    public void A_district_committee_in_a_municipality_naming_only_its_towns_is_that_districts()
    {
        Assert.Equal("政协上海市青浦区委员会", Issuer(
            "6月3日下午，区政协副主席李某某带队就河道保洁类提案开展督办。\n" +
            "徐泾镇、金泽镇相关负责人介绍了提案办理情况，提案人对办理工作表示满意。"));
    }

    [Fact]
    public void A_city_committee_naming_towns_of_several_of_its_districts_is_the_citys()
    {
        Assert.Equal("政协常州市委员会", Issuer(
            "市政协组织委员视察农村人居环境整治\n" +
            "4月9日，市政协副主席王某某带领部分委员先后来到孟河镇、湖塘镇、直溪镇，实地察看农村人居环境整治情况。"));
    }

    [Fact]
    public void A_city_committee_naming_only_towns_of_one_county_level_city_is_that_citys()
    {
        Assert.Equal("政协溧阳市委员会", Issuer(
            "市政协组织委员视察农村人居环境整治\n" +
            "4月9日，市政协副主席王某某带领部分委员先后来到戴埠镇、社渚镇，实地察看农村人居环境整治情况。"));
    }

    [Theory]
    [InlineData("5月8日，县政协主席王某某带领部分委员先后来到代县金泰新能源有限公司、代县恒达矿业有限公司，实地察看项目建设进展。")]
    [InlineData("5月8日，县政协主席王某某带领部分委员先后来到金泰新能源有限公司代县生产基地、恒达矿业有限公司代县分公司，实地察看项目建设进展。")]
    public void A_county_named_only_inside_the_firms_its_committee_visits_is_the_committees(string lead)
    {
        Assert.Equal("政协代县委员会", Issuer("县政协组织委员视察重点项目\n" + lead));
    }

    [Fact]
    public void A_county_name_across_a_conjunction_and_a_committee_is_no_place()
    {
        Assert.Null(Issuer(
            "县政协召开全体会议\n" +
            "会议听取了县委书记王某某的讲话，和县政协常委会工作报告、提案工作情况报告。"));
    }

    [Fact]
    public void A_town_name_shared_by_many_counties_decides_nothing()
    {
        Assert.Null(Issuer(
            "县政协组织委员视察\n" +
            "5月8日，县政协组织委员视察城关镇老旧小区改造情况。县政协主席王某某参加视察。"));
    }

    [Fact]
    public void A_short_place_name_inside_a_titled_persons_name_is_no_place()
    {
        Assert.Equal("政协中牟县委员会", Issuer(
            "1月20日，县政协召开常委会议，县政协主席王某某主持。县领导陈安吉应邀出席。\n" +
            "县委副书记陈安吉在讲话中说，希望县政协和政协委员们为中牟高质量发展建言献策。"));
    }

    [Theory]
    [InlineData("中华人民共和国国徽\n某某区人民政府网站\n区政协主席调研委员之家建设\n时间：2021-01-15\n1月13日，某某区政协主席王某某调研委员之家建设。")]
    [InlineData("第03版：\n本版新闻列表\n2022年12月1日 星期四\n区政协主席调研委员之家建设\n1月13日，某某区政协主席王某某调研委员之家建设。")]
    public void Portal_and_epaper_chrome_is_never_the_title(string text)
    {
        Assert.Equal("区政协主席调研委员之家建设", Properties(text).GetValueOrDefault("title") as string);
    }
}
