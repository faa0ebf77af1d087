using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// A CPPCC committee: its canonical name (the id is built from it), level and place. The same
/// committee always gets the same identity, whatever name the text uses for it.
/// </summary>
/// <param name="Name">政协淮安市委员会, 政协泰州市姜堰区委员会, 中国人民政治协商会议全国委员会.</param>
/// <param name="Level">全国, 省, 市, 县 or 区.</param>
/// <param name="Place">The place of a local committee; null for the national one.</param>
internal sealed record CommitteeIdentity(string Name, string Level, Place? Place)
{
    public const string NationalName = "中国人民政治协商会议全国委员会";

    public static CommitteeIdentity National { get; } = new(NationalName, "全国", null);

    public string Id => "committee:" + Name;

    /// <summary>
    /// The committee of <paramref name="place"/>: 政协{province or city}委员会; a district's
    /// name carries its city or municipality (政协泰州市姜堰区委员会, 政协重庆市綦江区委员会), a county's or county-level city's does not
    /// (政协涟水县委员会, 政协东台市委员会). Towns have no committee: null.
    /// </summary>
    public static CommitteeIdentity? Of(Place place, Gazetteer gazetteer)
    {
        switch (place.Level)
        {
            case PlaceLevel.Province:
                return new CommitteeIdentity($"政协{place.Name}委员会", "省", place);
            case PlaceLevel.City:
                return new CommitteeIdentity($"政协{place.Name}委员会", "市", place);
            case PlaceLevel.County:
                var isDistrict = place.Name.EndsWith('区');
                var city = gazetteer.Parent(place);
                // A municipality's district carries the municipality (政协重庆市綦江区委员会, 政协上海市浦东新区委员会).
                var prefix = isDistrict && (city is { Level: PlaceLevel.City } || city is { Level: PlaceLevel.Province } && city.Name.EndsWith('市')) ? city!.Name : "";
                return new CommitteeIdentity($"政协{prefix}{place.Name}委员会", isDistrict ? "区" : "县", place);
            default:
                return null;
        }
    }
}
