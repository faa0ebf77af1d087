namespace KnowledgeGraph.Core.Search.Associations;

/// <summary>What was learned from a corpus's co-occurrences: of its words, and of the entities its passages mention.</summary>
public sealed record LearnedAssociations(CooccurrenceAssociations Words, CooccurrenceAssociations Entities)
{
    /// <summary>Nothing learned.</summary>
    public static LearnedAssociations Empty { get; } = new(CooccurrenceAssociations.Empty, CooccurrenceAssociations.Empty);
}

/// <summary>
/// The current learned associations of a data folder: learned from the saved co-occurrence
/// counts on first use, and again when the counts files change (an ingest in this process or another).
/// </summary>
/// <remarks>Thread-safe. Counts that cannot be read give <see cref="LearnedAssociations.Empty"/>: search then does without them.</remarks>
public sealed class AssociationProvider(string folder)
{
    private const string WordsFile = "words.bin";
    private const string EntitiesFile = "entities.bin";

    private readonly object _gate = new();
    private LearnedAssociations _current = LearnedAssociations.Empty;
    private (DateTime?, DateTime?) _stamp;

    /// <summary>What counts as a word association.</summary>
    public static CooccurrenceOptions WordOptions { get; } = new();

    /// <summary>What counts as two entities being neighbours: fewer passages name an entity than hold a word.</summary>
    public static CooccurrenceOptions EntityOptions { get; } = new(MinPairCount: 2, MinWordCount: 2, MinNpmi: 0.2, PerWord: 50);

    /// <summary>The folder of the associations inside a data folder.</summary>
    public static string FolderIn(string dataFolder) => Path.Combine(dataFolder, "associations");

    /// <summary>The folder the counts live in.</summary>
    public string Folder { get; } = folder;

    /// <summary>The word counts file.</summary>
    public string WordsPath => Path.Combine(Folder, WordsFile);

    /// <summary>The entity counts file.</summary>
    public string EntitiesPath => Path.Combine(Folder, EntitiesFile);

    /// <summary>The associations as the counts files are now.</summary>
    public LearnedAssociations Current
    {
        get
        {
            var stamp = Stamp();
            lock (_gate)
            {
                if (stamp != _stamp)
                {
                    var (words, entities) = LoadCounts();
                    _current = new LearnedAssociations(Learn(words, WordOptions), Learn(entities, EntityOptions));
                    _stamp = stamp;
                }

                return _current;
            }
        }
    }

    /// <summary>The saved counts; null for those missing or unreadable.</summary>
    /// <remarks>The entities' counts do not remember their passages: the words' counts, saved beside them, do.</remarks>
    public (Cooccurrence? Words, Cooccurrence? Entities) LoadCounts() => (Read(WordsPath, true), Read(EntitiesPath, false));

    /// <summary>Saves <paramref name="words"/> and <paramref name="entities"/> and takes them as current.</summary>
    public void Save(Cooccurrence words, Cooccurrence entities)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(entities);
        var learned = new LearnedAssociations(Learn(words, WordOptions), Learn(entities, EntityOptions));
        lock (_gate)
        {
            words.Save(WordsPath);
            entities.Save(EntitiesPath);
            _current = learned;
            _stamp = Stamp();
        }
    }

    private static CooccurrenceAssociations Learn(Cooccurrence? counts, CooccurrenceOptions options) =>
        counts is null ? CooccurrenceAssociations.Empty : CooccurrenceAssociations.From(counts, options);

    private static Cooccurrence? Read(string path, bool rememberPassages)
    {
        try
        {
            return File.Exists(path) ? Cooccurrence.Load(path, rememberPassages) : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private (DateTime?, DateTime?) Stamp() => (Time(WordsPath), Time(EntitiesPath));

    private static DateTime? Time(string path) => File.Exists(path) ? File.GetLastWriteTimeUtc(path) : null;
}
