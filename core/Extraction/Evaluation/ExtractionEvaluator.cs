using System.Globalization;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Places;

namespace KnowledgeGraph.Core.Extraction.Evaluation;

/// <summary>One document read and compared, or the reason it could not be.</summary>
/// <param name="Gold">The annotation.</param>
/// <param name="Outcome">The comparison; null when the text could not be read.</param>
/// <param name="Graph">What extraction made of the text; null when it could not be read.</param>
/// <param name="Problem">Why the text could not be read, or null.</param>
public sealed record EvaluatedDocument(AnnotatedDocument Gold, DocumentOutcome? Outcome, DocumentGraph? Graph, string? Problem);

/// <summary>
/// Scores extraction against annotations (<see cref="AnnotationSet"/>): for each document, the
/// title, issuer, issuer's place, year and date, and the people, places, initiatives, counted
/// activities and bodies, matched one to one.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Fields are compared after <see cref="Measures.Normalize"/>. A null in the annotation is
/// right only when extraction gives nothing too, except for the title: a text without a title
/// has it left out of the title's figure.</item>
/// <item>The issuer is the document's <c>issuer</c> property (else <c>committee</c>); its place
/// is the gazetteer chain of the issuing node's <c>place</c>, compared level by level.</item>
/// <item>People match by name; among matched people a role is right when one of their HAS_ROLE
/// keys ends with an annotated role (or the other way round), its body when that relation goes
/// to a node named as the annotation names the body.</item>
/// <item>Places are the Place nodes the document mentions itself (a MENTIONS relation: not the
/// provinces and cities only implied by a county), matched by full name.</item>
/// <item>Initiatives match when a name or alias of each is the same.</item>
/// <item>A counted activity is an Activity node with a figure (<c>value</c>); it matches an
/// annotated one when the figures are equal and one of its evidence sentences holds the annotated
/// evidence. Among matched ones, kind, unit, object (one containing the other) and conducting
/// committee are checked.</item>
/// <item>Bodies are scored only where the annotation lists them.</item>
/// </list>
/// </remarks>
public sealed class ExtractionEvaluator(DocumentExtractor extractor, Gazetteer gazetteer)
{
    private readonly DocumentReader _reader = new();

    /// <summary>Reads each annotated document's text (<c>{key}.*</c> in <paramref name="textsFolder"/>), extracts and compares it.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public IReadOnlyList<EvaluatedDocument> Run(AnnotationSet set, string textsFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (!Directory.Exists(textsFolder))
        {
            throw new DirectoryNotFoundException($"Texts folder not found: {textsFolder}");
        }

        var results = new List<EvaluatedDocument>(set.Documents.Count);
        foreach (var gold in set.Documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = TextPath(textsFolder, gold.Key);
            if (path is null)
            {
                results.Add(new EvaluatedDocument(gold, null, null, $"no file {gold.Key}.txt (or {gold.Key}.*) in {textsFolder}"));
                continue;
            }

            switch (_reader.TryLoad(path))
            {
                case LoadedDocument loaded:
                    var source = new SourceDocument("doc:" + gold.Key, Path.GetFileName(path), "", loaded);
                    var graph = extractor.Extract(source, cancellationToken);
                    results.Add(new EvaluatedDocument(gold, Compare(gold, graph), graph, null));
                    break;
                case LoadFailure failure:
                    results.Add(new EvaluatedDocument(gold, null, null, $"{path}: {failure.Reason}"));
                    break;
            }
        }

        return results;
    }

    /// <summary>Compares one document's graph with its annotation.</summary>
    public DocumentOutcome Compare(AnnotatedDocument gold, DocumentGraph graph)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(graph);
        var outcome = new DocumentOutcome(gold);
        var nodes = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        CompareFields(gold, graph, nodes, outcome);

        var people = graph.Nodes.Where(n => n.Label == "Person").ToList();
        var matchedPeople = Match(outcome, Measures.Person, gold.People, people, (g, n) => SameName(g.Name, n), g => g.Name);
        foreach (var (person, node) in matchedPeople)
        {
            CompareRoles(person, node, graph, nodes, outcome);
        }

        var mentioned = graph.Relations.Where(r => r.Type == "MENTIONS").Select(r => r.To).ToHashSet(StringComparer.Ordinal);
        var places = graph.Nodes.Where(n => n.Label == "Place" && mentioned.Contains(n.Id)).ToList();
        Match(outcome, Measures.Place, gold.Places, places, (g, n) => Measures.Normalize(g) == Measures.Normalize(n.Name), g => g);

        var initiatives = graph.Nodes.Where(n => n.Label == "Initiative").ToList();
        Match(outcome, Measures.Initiative, gold.Initiatives, initiatives, (g, n) => (g.Aliases ?? []).Prepend(g.Name).Any(name => SameName(name, n)), g => g.Name);

        var counted = graph.Nodes.Where(n => n.Label == "Activity" && Figure(n) is not null).ToList();
        foreach (var (activity, node) in Match(outcome, Measures.CountedActivity, gold.Activities, counted, ActivityMatches, Describe))
        {
            CompareActivity(activity, node, graph, nodes, outcome);
        }

        if (gold.Bodies is { } bodies)
        {
            var found = graph.Nodes.Where(n => n.Label == "Body" && mentioned.Contains(n.Id)).ToList();
            Match(outcome, Measures.Body, bodies, found, (g, n) => SameName(g.Name, n), g => g.Name);
        }

        return outcome;
    }

    private void CompareFields(AnnotatedDocument gold, DocumentGraph graph, Dictionary<string, Node> nodes, DocumentOutcome outcome)
    {
        var properties = graph.Document.Properties;
        if (gold.Title is not null)
        {
            var title = properties.GetValueOrDefault("title") as string;
            outcome.Fields[Measures.Title] = new FieldOutcome(gold.Title, title, Measures.Normalize(gold.Title) == Measures.Normalize(title));
        }

        var issuer = properties.GetValueOrDefault("issuer") as string ?? properties.GetValueOrDefault("committee") as string;
        outcome.Fields[Measures.Issuer] = new FieldOutcome(gold.Issuer, issuer, Measures.Normalize(gold.Issuer) == Measures.Normalize(issuer));

        var issuerNode = graph.Relations.Where(r => r.Type == "ISSUED" && r.To == graph.Document.Id)
            .Select(r => nodes.GetValueOrDefault(r.From)).FirstOrDefault(n => n is not null);
        var chain = PlaceChain(issuerNode);
        var goldPlace = gold.IssuerPlace;
        var placeRight = Measures.Normalize(goldPlace?.Province) == Measures.Normalize(chain.Province)
            && Measures.Normalize(goldPlace?.City) == Measures.Normalize(chain.City)
            && Measures.Normalize(goldPlace?.County) == Measures.Normalize(chain.County);
        outcome.Fields[Measures.IssuerPlace] = new FieldOutcome(Describe(goldPlace), Describe(chain), placeRight);

        var year = properties.GetValueOrDefault("year") is long y ? y.ToString(CultureInfo.InvariantCulture) : null;
        outcome.Fields[Measures.Year] = new FieldOutcome(gold.Year?.ToString(CultureInfo.InvariantCulture), year, gold.Year?.ToString(CultureInfo.InvariantCulture) == year);

        var date = properties.GetValueOrDefault("date") as string;
        outcome.Fields[Measures.Date] = new FieldOutcome(gold.Date, date, gold.Date == date);
    }

    private AnnotatedPlace PlaceChain(Node? issuer)
    {
        if (issuer?.Properties.GetValueOrDefault("place") is not string placeId || !placeId.StartsWith("place:", StringComparison.Ordinal)
            || gazetteer.Find(placeId["place:".Length..]) is not { } place)
        {
            return new AnnotatedPlace(null, null, null);
        }

        return new AnnotatedPlace(
            gazetteer.AtLevel(place, PlaceLevel.Province)?.Name,
            gazetteer.AtLevel(place, PlaceLevel.City)?.Name,
            gazetteer.AtLevel(place, PlaceLevel.County)?.Name);
    }

    private static void CompareRoles(AnnotatedPerson person, Node node, DocumentGraph graph, Dictionary<string, Node> nodes, DocumentOutcome outcome)
    {
        if (person.Roles is not { Count: > 0 } roles)
        {
            return;
        }

        var held = graph.Relations.Where(r => r.Type == "HAS_ROLE" && r.From == node.Id).ToList();
        var role = roles.FirstOrDefault(g => held.Any(r => SameRole(g.Role, r.Key)));
        outcome.AddDetail(Measures.PersonRole, role is not null,
            $"{person.Name}: {string.Join("、", roles.Select(r => r.Role))}; extracted {string.Join("、", held.Select(r => r.Key).DefaultIfEmpty("none"))}");
        if (role?.Body is { } body)
        {
            var to = held.Where(r => SameRole(role.Role, r.Key)).Select(r => nodes.GetValueOrDefault(r.To)).OfType<Node>().ToList();
            outcome.AddDetail(Measures.PersonRoleBody, to.Any(n => SameName(body, n)),
                $"{person.Name} {role.Role} of {body}; extracted {string.Join("、", to.Select(n => n.Name).DefaultIfEmpty("none"))}");
        }
    }

    private static void CompareActivity(AnnotatedActivity gold, Node node, DocumentGraph graph, Dictionary<string, Node> nodes, DocumentOutcome outcome)
    {
        var label = Describe(gold);
        var kind = node.Properties.GetValueOrDefault("kind") as string;
        if (gold.Kind is not null)
        {
            outcome.AddDetail(Measures.ActivityKind, gold.Kind == kind, $"{label}: extracted {kind}");
        }

        var unit = node.Properties.GetValueOrDefault("unit") as string;
        if (gold.Unit is not null)
        {
            outcome.AddDetail(Measures.ActivityUnit, gold.Unit == unit, $"{label}: extracted {unit}");
        }

        var objectText = node.Properties.GetValueOrDefault("object") as string;
        if (gold.Object is not null)
        {
            var (a, b) = (Measures.Normalize(gold.Object), Measures.Normalize(objectText));
            outcome.AddDetail(Measures.ActivityObject, b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)), $"{label}: extracted {objectText}");
        }

        if (gold.Committee is not null)
        {
            var conductors = graph.Relations.Where(r => r.Type == "CONDUCTED" && r.To == node.Id).Select(r => nodes.GetValueOrDefault(r.From)).OfType<Node>().ToList();
            outcome.AddDetail(Measures.ActivityCommittee, conductors.Any(n => SameName(gold.Committee, n)),
                $"{label}: extracted {string.Join("、", conductors.Select(n => n.Name).DefaultIfEmpty("none"))}");
        }
    }

    // Matches gold items to extracted nodes one to one, in gold order, each taking the first free node it accepts.
    private static List<(TGold Gold, Node Node)> Match<TGold>(DocumentOutcome outcome, string measure, IReadOnlyList<TGold> gold, IReadOnlyList<Node> extracted, Func<TGold, Node, bool> matches, Func<TGold, string> describe)
    {
        var items = new ItemOutcome { Gold = gold.Count, Extracted = extracted.Count };
        var free = extracted.ToList();
        var pairs = new List<(TGold, Node)>();
        foreach (var item in gold)
        {
            var node = free.FirstOrDefault(n => matches(item, n));
            if (node is null)
            {
                items.Missed.Add(describe(item));
                continue;
            }

            free.Remove(node);
            pairs.Add((item, node));
        }

        items.Matched = pairs.Count;
        items.Spurious.AddRange(free.Select(DescribeNode));
        outcome.Items[measure] = items;
        return pairs;
    }

    private static bool ActivityMatches(AnnotatedActivity gold, Node node)
    {
        if (Figure(node) is not { } figure || Math.Abs(figure - gold.Figure) > 1e-6)
        {
            return false;
        }

        var evidence = Measures.Normalize(gold.Evidence);
        return evidence.Length > 0 && node.Evidence.Any(e => Measures.Normalize(e.Text).Contains(evidence, StringComparison.Ordinal));
    }

    private static double? Figure(Node node) => node.Properties.GetValueOrDefault("value") switch
    {
        double d => d,
        long l => l,
        int i => i,
        _ => null,
    };

    private static bool SameName(string? name, Node node)
    {
        var wanted = Measures.Normalize(name);
        return wanted.Length > 0 && node.Aliases.Prepend(node.Name).Any(n => Measures.Normalize(n) == wanted);
    }

    private static bool SameRole(string gold, string extracted)
    {
        var (a, b) = (Measures.Normalize(gold), Measures.Normalize(extracted));
        return a.Length > 0 && b.Length > 0 && (a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal));
    }

    private static string? TextPath(string folder, string key)
    {
        var txt = Path.Combine(folder, key + ".txt");
        if (File.Exists(txt))
        {
            return txt;
        }

        return Directory.EnumerateFiles(folder, key + ".*").Order(StringComparer.Ordinal).FirstOrDefault();
    }

    private static string? Describe(AnnotatedPlace? place) =>
        place is null || (place.Province ?? place.City ?? place.County) is null
            ? null
            : string.Join("/", new[] { place.Province, place.City, place.County }.Select(p => p ?? "-"));

    private static string Describe(AnnotatedActivity activity) =>
        string.Create(CultureInfo.InvariantCulture, $"{activity.Kind} {activity.Figure}{activity.Unit} {activity.Object} ({activity.Evidence})");

    private static string DescribeNode(Node node)
    {
        if (node.Label != "Activity")
        {
            return node.Name;
        }

        var evidence = node.Evidence.FirstOrDefault()?.Text ?? "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{node.Properties.GetValueOrDefault("kind")} {Figure(node)}{node.Properties.GetValueOrDefault("unit")} {node.Properties.GetValueOrDefault("object")} ({(evidence.Length > 60 ? evidence[..60] + "…" : evidence)})");
    }
}
