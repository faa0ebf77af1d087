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
/// <item>People match by name; among matched people a role is right when one of their titles
/// (HAS_ROLE keys and the <c>roles</c> property) ends with an annotated role (or the other way
/// round), its body when a HAS_ROLE of that title goes to a node named as the annotation names the body.</item>
/// <item>Places are the Place nodes the document mentions itself (a MENTIONS relation: not the
/// provinces and cities only implied by a county), matched by the code the annotator gave, else by
/// full name, at province, city and county level (towns, which one set annotates and the other
/// does not, are left out on both sides).</item>
/// <item>Items matching only an optional entry (<c>placesOptional</c> …) count neither right nor wrong;
/// alternatives (<c>titleAlternatives</c>, <c>issuerAliases</c>, <c>yearAlternatives</c>,
/// <c>dateAlternatives</c>) are right too; an issuer annotated null may have aliases, and then both null and an alias
/// are right.</item>
/// <item>Initiatives match when a name or alias of each is the same.</item>
/// <item>A counted activity is an Activity node with a figure (<c>value</c>); it matches an
/// annotated one when the figures are equal and one of its evidence sentences holds the annotated
/// evidence (of an annotated evidence that runs over a sentence's end, the part in the figure's
/// sentence: the part holding its digits, else the longest). Among matched ones, kind, unit, object
/// (one containing the other) and conducting committee are checked.</item>
/// <item>Bodies (and committees other than the issuer) are scored for recall only, where the annotation
/// lists them: the lists are not exhaustive. Awards and regulations where annotated.</item>
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
        var matchedPeople = Match(outcome, Measures.Person, gold.People, gold.PeopleOptional, people, (g, n) => SameName(g.Name, n), g => g.Name);
        foreach (var (person, node) in matchedPeople)
        {
            CompareRoles(person, node, graph, nodes, outcome);
        }

        var mentioned = graph.Relations.Where(r => r.Type == "MENTIONS").Select(r => r.To).ToHashSet(StringComparer.Ordinal);
        var places = graph.Nodes.Where(n => n.Label == "Place" && mentioned.Contains(n.Id) && n.Properties.GetValueOrDefault("level") as string != "town").ToList();
        if (gold.Places is { } annotatedPlaces)
        {
            var goldPlaces = annotatedPlaces.Where(p => !IsTown(p, gold)).ToList();
            Match(outcome, Measures.Place, goldPlaces, [.. gold.PlacesOptional, .. gold.PlacesOutsideGazetteer], places, (g, n) => SamePlace(g, n, gold), g => g);
        }

        // Initiatives and counted activities where annotated (a set may annotate metadata and people only).
        if (gold.Initiatives is { } goldInitiatives)
        {
            var initiatives = graph.Nodes.Where(n => n.Label == "Initiative").ToList();
            Match(outcome, Measures.Initiative, goldInitiatives, gold.InitiativesOptional, initiatives, (g, n) => (g.Aliases ?? []).Prepend(g.Name).Any(name => SameName(name, n)), g => g.Name);
        }

        if (gold.Activities is { } goldActivities)
        {
            var counted = graph.Nodes.Where(n => n.Label == "Activity" && Figure(n) is not null).ToList();
            foreach (var (activity, node) in Match(outcome, Measures.CountedActivity, goldActivities, gold.ActivitiesOptional, counted, ActivityMatches, Describe))
            {
                CompareActivity(activity, node, graph, nodes, outcome);
            }
        }

        if (gold.Bodies is { } bodies)
        {
            // Bodies are not listed exhaustively: recall only.
            var found = graph.Nodes.Where(n => n.Label is "Body" or "Committee" && mentioned.Contains(n.Id)).ToList();
            Match(outcome, Measures.Body, bodies, [], found, (g, n) => (g.Written ?? []).Prepend(g.Name).Any(name => SameName(name, n)), g => g.Name);
            var body = outcome.Items[Measures.Body];
            body.Extracted = 0;
            body.Unlisted.AddRange(body.Spurious);
            body.Spurious.Clear();
        }

        if (gold.Awards is { } awards)
        {
            Match(outcome, Measures.Award, awards, gold.AwardsOptional, graph.Nodes.Where(n => n.Label == "Award").ToList(), (g, n) => SameName(g.Name, n), g => g.Name);
        }

        if (gold.Regulations is { } regulations)
        {
            Match(outcome, Measures.Regulation, regulations, gold.RegulationsOptional, graph.Nodes.Where(n => n.Label == "Regulation").ToList(), (g, n) => SameName(g.Name, n), g => g.Name);
        }

        return outcome;
    }

    private void CompareFields(AnnotatedDocument gold, DocumentGraph graph, Dictionary<string, Node> nodes, DocumentOutcome outcome)
    {
        var properties = graph.Document.Properties;
        if (gold.Title is not null)
        {
            var title = properties.GetValueOrDefault("title") as string;
            var right = gold.TitleAlternatives.Prepend(gold.Title).Any(t => Measures.Normalize(t) == Measures.Normalize(title));
            outcome.Fields[Measures.Title] = new FieldOutcome(gold.Title, title, right);
        }

        var issuer = properties.GetValueOrDefault("issuer") as string ?? properties.GetValueOrDefault("committee") as string;
        // An issuer annotated null with aliases: the text never names its place, but what it names (its towns) implies one
        // a careful reader could give; null and the alias are both right, and the alias's place is not scored.
        var aliasForNone = gold.Issuer is null && issuer is not null && gold.IssuerAliases.Any(name => Measures.SameIssuer(name, issuer));
        var issuerRight = gold.Issuer is null
            ? issuer is null || aliasForNone
            : gold.IssuerAliases.Prepend(gold.Issuer).Any(name => Measures.SameIssuer(name, issuer));
        outcome.Fields[Measures.Issuer] = new FieldOutcome(gold.Issuer, issuer, issuerRight);

        // An issuer annotated without its place (the activities sets give none) scores no place; only the national
        // committee has none to give.
        var goldPlace = gold.IssuerPlace;
        if (!aliasForNone && (goldPlace is not null || gold.Issuer is null || Measures.SameIssuer(Measures.NationalCommittee, gold.Issuer)))
        {
            var issuerNode = graph.Relations.Where(r => r.Type == "ISSUED" && r.To == graph.Document.Id)
                .Select(r => nodes.GetValueOrDefault(r.From)).FirstOrDefault(n => n is not null);
            var chain = PlaceChain(issuerNode?.Properties.GetValueOrDefault("place") as string ?? properties.GetValueOrDefault("place") as string, issuer);
            var placeRight = Measures.Normalize(goldPlace?.Province) == Measures.Normalize(chain.Province)
                && Measures.Normalize(goldPlace?.City) == Measures.Normalize(chain.City)
                && Measures.Normalize(goldPlace?.County) == Measures.Normalize(chain.County);
            outcome.Fields[Measures.IssuerPlace] = new FieldOutcome(Describe(goldPlace), Describe(chain), placeRight);
        }

        var year = properties.GetValueOrDefault("year") is long y ? (int?)y : null;
        // A null annotated with alternatives (no year written, 2019 implied by the session's ordinal) takes either.
        var yearRight = gold.Year is null
            ? year is null || gold.YearAlternatives.Any(g => g == year)
            : gold.YearAlternatives.Prepend(gold.Year.Value).Any(g => g == year);
        outcome.Fields[Measures.Year] = new FieldOutcome(gold.Year?.ToString(CultureInfo.InvariantCulture), year?.ToString(CultureInfo.InvariantCulture), yearRight);

        var date = properties.GetValueOrDefault("date") as string;
        var dateRight = gold.Date is null ? date is null || gold.DateAlternatives.Contains(date) : gold.DateAlternatives.Prepend(gold.Date).Contains(date);
        outcome.Fields[Measures.Date] = new FieldOutcome(gold.Date, date, dateRight);
    }

    // The issuer's place, level by level; none for the national committee. A municipality
    // (北京市, 重庆市) has no city level: the gazetteer groups its districts under the province.
    private AnnotatedPlace PlaceChain(string? placeId, string? issuer)
    {
        if (issuer is null || Measures.SameIssuer(Measures.NationalCommittee, issuer) || placeId is null || !placeId.StartsWith("place:", StringComparison.Ordinal)
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
        var titles = held.Select(r => r.Key).Concat(node.Properties.GetValueOrDefault("roles") as string[] ?? []).Distinct().ToList();
        var role = roles.FirstOrDefault(g => titles.Any(t => SameRole(g.Role, t)));
        outcome.AddDetail(Measures.PersonRole, role is not null,
            $"{person.Name}: {string.Join("、", roles.Select(r => r.Role))}; extracted {string.Join("、", titles.DefaultIfEmpty("none"))}");
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
            // A traditional page's unit as written (個, 條) is the unit the extractor reads in simplified characters (个, 条).
            outcome.AddDetail(Measures.ActivityUnit, Measures.Normalize(gold.Unit) == Measures.Normalize(unit), $"{label}: extracted {unit}");
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

    // Matches gold items to extracted nodes one to one, in gold order, each taking the first free
    // node it accepts; what is left and matches an optional entry is neutral.
    private static List<(TGold Gold, Node Node)> Match<TGold>(DocumentOutcome outcome, string measure, IReadOnlyList<TGold> gold, IReadOnlyList<TGold> optional, IReadOnlyList<Node> extracted, Func<TGold, Node, bool> matches, Func<TGold, string> describe)
    {
        var items = new ItemOutcome { Gold = gold.Count };
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

        items.Neutral = free.RemoveAll(n => optional.Any(o => matches(o, n)));
        items.Extracted = extracted.Count - items.Neutral;
        items.Matched = pairs.Count;
        items.Spurious.AddRange(free.Select(DescribeNode));
        outcome.Items[measure] = items;
        return pairs;
    }

    // A place by the code the annotator gave (合肥市 3401), else by its full name.
    private static bool SamePlace(string gold, Node node, AnnotatedDocument document)
    {
        if (document.PlaceCodes.TryGetValue(gold, out var code) && node.Properties.GetValueOrDefault("code") is string extracted)
        {
            return extracted == (code.Length < 6 ? code.PadRight(6, '0') : code);
        }

        return Measures.Normalize(gold) == Measures.Normalize(node.Name);
    }

    // Towns are below the levels both sets annotate as a rule: they are left out of the place figures.
    private static bool IsTown(string name, AnnotatedDocument document) =>
        document.PlaceCodes.TryGetValue(name, out var code) ? code.Length > 6 : name.EndsWith('镇') || name.EndsWith('乡') || name.EndsWith("街道", StringComparison.Ordinal);

    private static bool ActivityMatches(AnnotatedActivity gold, Node node)
    {
        if (Figure(node) is not { } figure || Math.Abs(figure - gold.Figure) > 1e-6)
        {
            return false;
        }

        var evidence = Measures.Normalize(InOneSentence(gold.Evidence, gold.Figure));
        return evidence.Length > 0 && node.Evidence.Any(e => Measures.Normalize(e.Text).Contains(evidence, StringComparison.Ordinal));
    }

    // 立案166件。其中: the guidelines ask for a part of the figure's sentence; a few annotations ran over its end.
    private static string? InOneSentence(string? evidence, double figure)
    {
        var parts = (evidence ?? "").Split(['。', '！', '？', '!', '?', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return evidence;
        }

        var digits = figure.ToString(CultureInfo.InvariantCulture);
        return parts.FirstOrDefault(p => p.Contains(digits, StringComparison.Ordinal)) ?? parts.MaxBy(p => p.Length);
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
