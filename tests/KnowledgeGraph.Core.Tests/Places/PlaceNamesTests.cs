using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Tests.Places;

public class PlaceNamesTests
{
    [Theory]
    [InlineData("淮安市", "淮安")]
    [InlineData("涟水县", "涟水")]
    [InlineData("清江浦区", "清江浦")]
    [InlineData("姜堰区", "姜堰")]
    [InlineData("罗桥镇", "罗桥")]
    [InlineData("三水街道", "三水")]
    [InlineData("江苏省", "江苏")]
    [InlineData("广西壮族自治区", "广西")]
    [InlineData("新疆维吾尔自治区", "新疆")]
    [InlineData("内蒙古自治区", "内蒙古")]
    [InlineData("长阳土家族自治县", "长阳")]
    [InlineData("湘西土家族苗族自治州", "湘西")]
    [InlineData("锡林郭勒盟", "锡林郭勒")]
    [InlineData("大兴安岭地区", "大兴安岭")]
    public void The_administrative_suffix_and_the_peoples_of_an_autonomous_division_are_removed(string name, string shortForm)
    {
        Assert.Equal([shortForm], PlaceNames.ShortForms(name));
    }

    [Theory]
    [InlineData("泾县")]
    [InlineData("城区")]
    [InlineData("淮安经济技术开发区")]
    [InlineData("白马湖农场")]
    [InlineData("西沙群岛")]
    public void Names_that_would_lose_too_much_have_no_short_form(string name)
    {
        Assert.Empty(PlaceNames.ShortForms(name));
    }
}

public class FormerPlaceNamesTests
{
    [Theory]
    [InlineData("无为市", true, new[] { "无为县" })]
    [InlineData("平安区", true, new[] { "平安县", "平安市" })]
    [InlineData("涟水县", true, new string[0])]
    [InlineData("淮安市", false, new string[0])]
    [InlineData("黔东南苗族侗族自治州", false, new[] { "黔东南州" })]
    [InlineData("恩施土家族苗族自治州", false, new[] { "恩施州" })]
    public void A_county_made_a_city_or_district_keeps_its_former_names(string name, bool isCounty, string[] former)
    {
        Assert.Equal(former, PlaceNames.FormerNames(name, isCounty));
    }

    [Fact]
    public void A_former_name_reads_as_the_place_it_became_unless_another_division_bears_it()
    {
        var gazetteer = KnowledgeGraph.Core.Tests.Extraction.TestExtraction.Gazetteer;

        Assert.Contains(gazetteer.Named("无为县"), n => n.IsFormer && n.Place.Name == "无为市");
        Assert.DoesNotContain(gazetteer.Named("朝阳县"), n => n.IsFormer);
    }

    [Theory]
    [InlineData("巴音郭楞蒙古自治州", "巴州")]
    [InlineData("克孜勒苏柯尔克孜自治州", "克州")]
    [InlineData("锡林郭勒盟", "锡盟")]
    public void A_long_transliterated_prefecture_or_league_is_abbreviated_by_its_first_character(string name, string abbreviation)
    {
        Assert.Equal([abbreviation], PlaceNames.Abbreviations(name));
    }

    [Theory]
    [InlineData("黔东南苗族侗族自治州")]
    [InlineData("阿拉善盟")]
    [InlineData("巴中市")]
    [InlineData("巴州区")]
    public void A_shorter_prefecture_or_another_division_has_no_such_abbreviation(string name)
    {
        Assert.Empty(PlaceNames.Abbreviations(name));
    }
}
