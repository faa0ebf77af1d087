namespace KnowledgeGraph.Api.Apis;

/// <summary>Reads node properties, whose numbers a store may give back as long or double.</summary>
internal static class PropertyValues
{
    public static int? Int(object? value) => value switch
    {
        int i => i,
        long l => (int)l,
        double d when d == Math.Floor(d) => (int)d,
        string s when int.TryParse(s, out var parsed) => parsed,
        _ => null,
    };

    public static string? Text(IReadOnlyDictionary<string, object> properties, string key) => properties.GetValueOrDefault(key) as string;
}
