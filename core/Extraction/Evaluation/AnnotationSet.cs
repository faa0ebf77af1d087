using System.Text.Json;

namespace KnowledgeGraph.Core.Extraction.Evaluation;

/// <summary>
/// Annotations written by reading real documents, independently of the extractor: what a careful
/// reader finds in each (title, issuer, year, people, places, counted activities …), and whether
/// the document belongs to the tuning or the test half. The format is described in
/// tests/KnowledgeGraph.Benchmarks/ExtractionEvaluation/README.md; the texts themselves live
/// outside the repository, one <c>{key}.txt</c> per document.
/// </summary>
public sealed record AnnotationSet(string? Description, IReadOnlyList<AnnotatedDocument> Documents)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads an annotation file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not valid JSON of this shape, or a document lacks its key or split; the message says where.</exception>
    public static AnnotationSet Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Annotation file not found: {path}", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads annotations from JSON text; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="InvalidDataException">The text is not valid JSON of this shape.</exception>
    public static AnnotationSet Parse(string json, string source = "annotations")
    {
        AnnotationSet? set;
        try
        {
            set = JsonSerializer.Deserialize<AnnotationSet>(json, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source}: {e.Message}", e);
        }

        if (set?.Documents is null)
        {
            throw new InvalidDataException($"{source}: no \"documents\" array.");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < set.Documents.Count; i++)
        {
            var document = set.Documents[i];
            if (string.IsNullOrWhiteSpace(document.Key))
            {
                throw new InvalidDataException($"{source}: document {i} has no key.");
            }

            if (document.Split is not (Splits.Tune or Splits.Test))
            {
                throw new InvalidDataException($"{source}: document {document.Key} has split \"{document.Split}\"; expected \"tune\" or \"test\".");
            }

            if (!keys.Add(document.Key))
            {
                throw new InvalidDataException($"{source}: the key {document.Key} appears twice.");
            }
        }

        return set;
    }
}

/// <summary>The two halves of an annotation set.</summary>
public static class Splits
{
    /// <summary>Documents whose texts and outputs may be read while the rules are written.</summary>
    public const string Tune = "tune";

    /// <summary>Documents seen only through aggregate figures.</summary>
    public const string Test = "test";
}

/// <summary>
/// One annotated document; a null field means the text does not say (or, for lists that may be
/// null, that the annotator did not annotate that kind). The <c>…Optional</c> lists hold borderline
/// items: extracting one counts neither right nor wrong, missing one is no miss. The
/// <c>…Alternatives</c> and <c>issuerAliases</c> hold other answers a careful reader could defend.
/// </summary>
public sealed record AnnotatedDocument
{
    public string Key { get; init; } = "";

    public string Split { get; init; } = "";

    public string? Url { get; init; }

    public string? Kind { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<string> TitleAlternatives { get; init; } = [];

    public string? Issuer { get; init; }

    public IReadOnlyList<string> IssuerAliases { get; init; } = [];

    public AnnotatedPlace? IssuerPlace { get; init; }

    public int? Year { get; init; }

    public IReadOnlyList<int> YearAlternatives { get; init; } = [];

    public string? Date { get; init; }

    public IReadOnlyList<string> DateAlternatives { get; init; } = [];

    public IReadOnlyList<AnnotatedPerson> People { get; init; } = [];

    public IReadOnlyList<AnnotatedPerson> PeopleOptional { get; init; } = [];

    /// <summary>Named initiatives; null when the annotator did not annotate them (a metadata-and-people set).</summary>
    public IReadOnlyList<AnnotatedInitiative>? Initiatives { get; init; }

    public IReadOnlyList<AnnotatedInitiative> InitiativesOptional { get; init; } = [];

    /// <summary>Counted activities; null when the annotator did not annotate them.</summary>
    public IReadOnlyList<AnnotatedActivity>? Activities { get; init; }

    public IReadOnlyList<AnnotatedActivity> ActivitiesOptional { get; init; } = [];

    /// <summary>Every administrative division the text names as a place, by its full name; null when the annotator did
    /// not annotate places (the activities sets): then no place is scored, neither right nor spurious.</summary>
    public IReadOnlyList<string>? Places { get; init; }

    public IReadOnlyList<string> PlacesOptional { get; init; } = [];

    /// <summary>Places named but missing from the gazetteer (香港特别行政区): neither right nor wrong.</summary>
    public IReadOnlyList<string> PlacesOutsideGazetteer { get; init; } = [];

    /// <summary>The gazetteer code meant for a listed place (3401 for 合肥市), where the annotator gave it.</summary>
    public IReadOnlyDictionary<string, string> PlaceCodes { get; init; } = new Dictionary<string, string>();

    /// <summary>Other named bodies; null when the annotator did not list them.</summary>
    public IReadOnlyList<AnnotatedBody>? Bodies { get; init; }

    /// <summary>Honours; null when not annotated.</summary>
    public IReadOnlyList<AnnotatedName>? Awards { get; init; }

    public IReadOnlyList<AnnotatedName> AwardsOptional { get; init; } = [];

    /// <summary>Named rules; null when not annotated.</summary>
    public IReadOnlyList<AnnotatedName>? Regulations { get; init; }

    public IReadOnlyList<AnnotatedName> RegulationsOptional { get; init; } = [];
}

/// <summary>The issuer's place, one gazetteer full name per level; a null level is not given.</summary>
public sealed record AnnotatedPlace(string? Province, string? City, string? County);

public sealed record AnnotatedPerson(string Name, IReadOnlyList<AnnotatedRole>? Roles);

public sealed record AnnotatedRole(string Role, string? Body);

public sealed record AnnotatedInitiative(string Name, IReadOnlyList<string>? Aliases);

/// <summary>A counted activity: its figure, what it counts, who did it, and a short unique piece of its sentence.</summary>
public sealed record AnnotatedActivity(string? Kind, double Figure, string? Unit, string? Object, string? Committee, string Evidence);

/// <summary>A body by its canonical name, with its type and the forms the text writes it in.</summary>
public sealed record AnnotatedBody(string Name, string? Type, IReadOnlyList<string>? Written = null);

/// <summary>An award or a regulation, by name.</summary>
public sealed record AnnotatedName(string Name);
