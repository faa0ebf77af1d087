using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Tests.Extraction;

namespace KnowledgeGraph.Core.Tests.Places;

public class GazetteerTests
{
    private static Gazetteer Gazetteer => TestExtraction.Gazetteer;

    [Fact]
    public void All_four_levels_are_loaded()
    {
        Assert.InRange(Gazetteer.Count, 40_000, 50_000);
        Assert.Equal(31, Gazetteer.Places.Count(p => p.Level == PlaceLevel.Province));
        Assert.Contains(Gazetteer.Places, p => p.Level == PlaceLevel.Town && p.Name == "罗桥镇");
    }

    [Theory]
    [InlineData("320000", "江苏省", PlaceLevel.Province, null)]
    [InlineData("320800", "淮安市", PlaceLevel.City, "320000")]
    [InlineData("320826", "涟水县", PlaceLevel.County, "320800")]
    [InlineData("320923112", "罗桥镇", PlaceLevel.Town, "320923")]
    public void Codes_are_padded_to_six_digits_and_point_at_their_parent(string code, string name, PlaceLevel level, string? parent)
    {
        var place = Gazetteer.Find(code);

        Assert.NotNull(place);
        Assert.Equal((name, level, parent), (place.Name, place.Level, place.ParentCode));
        Assert.Equal("place:" + code, place.Id);
    }

    [Fact]
    public void A_town_has_its_county_city_and_province_above_it()
    {
        var town = Gazetteer.Find("320923112")!;

        Assert.Equal(["阜宁县", "盐城市", "江苏省"], Gazetteer.Ancestors(town).Select(p => p.Name));
    }

    [Fact]
    public void The_counties_of_a_municipality_belong_to_it_directly()
    {
        var district = Gazetteer.Named("东城区").Single(r => r.Place.Code == "110101").Place;

        Assert.Equal("110000", district.ParentCode);
        Assert.DoesNotContain(Gazetteer.Places, p => p.Name == "市辖区");
    }

    [Fact]
    public void Short_forms_find_every_place_they_may_stand_for()
    {
        var readings = Gazetteer.Named("淮安");

        Assert.Contains(readings, r => r.Place.Code == "320800" && r.IsShort);
        Assert.Contains(readings, r => r.Place.Code == "320803" && r.IsShort);
        Assert.Contains(Gazetteer.Named("罗桥镇"), r => r.Place.Code == "430482111");
    }

    [Fact]
    public void Scanning_a_text_finds_full_names_and_short_forms_at_their_offsets()
    {
        var matches = Gazetteer.Scan("阜宁县罗桥镇开展活动");

        Assert.Contains(matches, m => m.Start == 0 && m.Length == 3 && m.Candidates.Any(c => c.Place.Code == "320923"));
        Assert.Contains(matches, m => m.Start == 3 && m.Length == 3 && m.Candidates.Any(c => c.Place.Code == "320923112"));
    }

    [Fact]
    public void A_missing_folder_is_reported_with_the_file_it_needs()
    {
        var error = Assert.Throws<FileNotFoundException>(() => Gazetteer.Load(new GazetteerOptions { Folder = Path.Combine(Path.GetTempPath(), "no-such-gazetteer") }));

        Assert.Contains("provinces.csv", error.Message);
    }
}
