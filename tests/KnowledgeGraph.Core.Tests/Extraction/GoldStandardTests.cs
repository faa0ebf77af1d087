using System.Globalization;
using KnowledgeGraph.Core.Graph;
using Xunit.Abstractions;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// Measures the extractor against the gold file written by reading the seeds: precision and
/// recall per entity type, printed, and at least 0.9 for each.
/// </summary>
public class GoldStandardTests(ITestOutputHelper output)
{
    private const double Required = 0.9;

    [Fact]
    public void Every_entity_type_reaches_the_required_precision_and_recall_on_the_seeds()
    {
        var people = new ExtractionScore("Person");
        var initiatives = new ExtractionScore("Initiative");
        var activities = new ExtractionScore("Activity");
        var awards = new ExtractionScore("Award");
        var regulations = new ExtractionScore("Regulation");
        var facts = new List<string>();
        foreach (var gold in GoldStandard.Load().Documents)
        {
            var graph = TestExtraction.ReadSeed(gold.Seed).Graph;
            people.Add(gold.Seed, gold.People, graph.OfLabel("Person").ToList(), PersonMatches, PersonMatches, g => g.Name);
            initiatives.Add(gold.Seed, gold.Initiatives, graph.OfLabel("Initiative").ToList(), NameMatches, NameMatches, g => g.Name);
            activities.Add(gold.Seed, gold.Activities, graph.OfLabel("Activity").ToList(), (g, n) => ActivityMatches(g, n, exact: true), (g, n) => ActivityMatches(g, n, exact: false), Describe);
            awards.Add(gold.Seed, gold.Awards, graph.OfLabel("Award").ToList(), NameMatches, NameMatches, g => g.Name);
            regulations.Add(gold.Seed, gold.Regulations, graph.OfLabel("Regulation").ToList(), NameMatches, NameMatches, g => g.Name);
            facts.Add($"{gold.Seed}: committee {graph.Document.Properties.GetValueOrDefault("committee")} (gold {gold.Committee}), year {graph.Document.Properties.GetValueOrDefault("year")} (gold {gold.Year})");
        }

        var scores = new[] { people, initiatives, activities, awards, regulations };
        foreach (var score in scores)
        {
            output.WriteLine(score.ToString());
        }

        foreach (var fact in facts)
        {
            output.WriteLine(fact);
        }

        foreach (var score in scores)
        {
            foreach (var missed in score.Missed)
            {
                output.WriteLine($"missed {score.Type}: {missed}");
            }

            foreach (var spurious in score.Spurious)
            {
                output.WriteLine($"spurious {score.Type}: {spurious}");
            }
        }

        Assert.All(scores, score =>
        {
            Assert.True(score.Precision >= Required, $"{score}");
            Assert.True(score.Recall >= Required, $"{score}");
        });
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Each_seed_is_issued_by_the_committee_and_reports_on_the_year_the_gold_file_gives(string seed)
    {
        var gold = GoldStandard.Load().Documents.Single(d => d.Seed == seed);

        var document = TestExtraction.ReadSeed(seed).Graph.Document;

        Assert.Equal(gold.Committee, document.Properties["committee"]);
        Assert.Equal((long)gold.Year, document.Properties["year"]);
    }

    public static TheoryData<string> Seeds => new(["000", "001", "002", "003", "004"]);

    private static bool PersonMatches(GoldPerson gold, Node node) => ExtractionScore.Normalize(gold.Name) == ExtractionScore.Normalize(node.Name);

    // Initiatives, awards, regulations: the normalized name or an alias, on either side.
    private static bool NameMatches(GoldName gold, Node node)
    {
        var names = node.Aliases.Prepend(node.Name).Select(ExtractionScore.Normalize).ToHashSet();
        return gold.Names.Select(ExtractionScore.Normalize).Any(names.Contains);
    }

    // By figure and unit when the gold item has one; else by title; else by object. Exactly: the
    // same normalized text; loosely: one contains the other.
    private static bool ActivityMatches(GoldActivity gold, Node node, bool exact)
    {
        var properties = node.Properties;
        if (gold.Value is { } value)
        {
            return properties.TryGetValue("value", out var v) && Math.Abs(Convert.ToDouble(v, CultureInfo.InvariantCulture) - value) < 0.5
                && properties.TryGetValue("unit", out var u) && (string)u == gold.Unit;
        }

        var objectText = properties.GetValueOrDefault("object") as string;
        Func<string?, string?, bool> same = exact
            ? (a, b) => a is not null && b is not null && ExtractionScore.Normalize(a) == ExtractionScore.Normalize(b)
            : ExtractionScore.Overlaps;
        if (gold.Name is not null)
        {
            return same(gold.Name, node.Name);
        }

        return same(gold.Object, objectText) || same(gold.Object, node.Name);
    }

    private static string Describe(GoldActivity gold) =>
        gold.Value is { } value
            ? string.Create(CultureInfo.InvariantCulture, $"{gold.Kind} {gold.Object ?? gold.Name} {value}{gold.Unit}")
            : $"{gold.Kind} {gold.Name ?? gold.Object}";
}
