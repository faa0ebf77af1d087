namespace KnowledgeGraph.Core.Places;

/// <summary>
/// An administrative division from the gazetteer. Codes are the national (GB/T 2260) codes,
/// provinces, cities and counties padded to six digits (江苏省 <c>320000</c>, 淮安市 <c>320800</c>,
/// 涟水县 <c>320826</c>), towns with their nine digits (罗桥镇 <c>320923112</c>).
/// </summary>
/// <param name="Code">The padded code; unique.</param>
/// <param name="Name">The full name as the gazetteer writes it (淮安市).</param>
/// <param name="Level">Province, city, county or town.</param>
/// <param name="ParentCode">
/// The code of the division it belongs to, or null for a province. A county of a municipality
/// (北京市 东城区) belongs to the province directly: the gazetteer's placeholder cities (市辖区,
/// 县, 省直辖县级行政区划) are not places.
/// </param>
/// <param name="ShortNames">Names without the administrative suffix (淮安, 涟水, 广西), possibly empty.</param>
public sealed record Place(string Code, string Name, PlaceLevel Level, string? ParentCode, IReadOnlyList<string> ShortNames)
{
    /// <summary>The graph id of the place: <c>place:{code}</c>.</summary>
    public string Id => IdOf(Code);

    /// <summary>The graph id of the place with <paramref name="code"/>.</summary>
    public static string IdOf(string code) => "place:" + code;

    /// <summary>The level as the graph stores it: province, city, county or town.</summary>
    public string LevelName => Level switch
    {
        PlaceLevel.Province => "province",
        PlaceLevel.City => "city",
        PlaceLevel.County => "county",
        _ => "town",
    };
}
