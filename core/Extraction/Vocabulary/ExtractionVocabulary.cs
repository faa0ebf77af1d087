namespace KnowledgeGraph.Core.Extraction.Vocabulary;

/// <summary>
/// Everything the extraction rules read from graph-schema/: topics.json, slogans.txt,
/// initiatives.json, bodies.json, cues.json and surnames.txt. Loaded once; read-only afterwards.
/// </summary>
public sealed class ExtractionVocabulary
{
    private ExtractionVocabulary(TopicVocabulary topics, SloganVocabulary slogans, KnownInitiatives initiatives, BodyVocabulary bodies, Cues cues, Surnames surnames)
    {
        Topics = topics;
        Slogans = slogans;
        Initiatives = initiatives;
        Bodies = bodies;
        Cues = cues;
        Surnames = surnames;
    }

    /// <summary>Where the build copies graph-schema/ beside the programs.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "graph-schema");

    /// <summary>The topic vocabulary.</summary>
    public TopicVocabulary Topics { get; }

    internal SloganVocabulary Slogans { get; }

    internal KnownInitiatives Initiatives { get; }

    internal BodyVocabulary Bodies { get; }

    internal Cues Cues { get; }

    internal Surnames Surnames { get; }

    /// <summary>Reads the vocabularies from <paramref name="folder"/> (by default <see cref="DefaultFolder"/>).</summary>
    /// <exception cref="FileNotFoundException">A vocabulary file is missing.</exception>
    /// <exception cref="InvalidDataException">A vocabulary file is malformed; the message says which and where.</exception>
    public static ExtractionVocabulary Load(string? folder = null)
    {
        folder ??= DefaultFolder;
        string PathOf(string name)
        {
            var path = Path.Combine(folder, name);
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"Extraction vocabulary not found: {path}. The build copies graph-schema/ beside the program.", path);
        }

        return new ExtractionVocabulary(
            TopicVocabulary.Load(PathOf("topics.json")),
            SloganVocabulary.Load(PathOf("slogans.txt")),
            KnownInitiatives.Load(PathOf("initiatives.json")),
            BodyVocabulary.Load(PathOf("bodies.json")),
            Cues.Load(PathOf("cues.json")),
            Surnames.Load(PathOf("surnames.txt")));
    }
}
