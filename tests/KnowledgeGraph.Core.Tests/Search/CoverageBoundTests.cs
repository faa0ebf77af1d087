using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Tests.Segmentation;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeGraph.Core.Tests.Search;

public class CoverageBoundTests
{
    internal static readonly MatchThreshold Usual = new(OfBest: 0.3, Floor: 0.25);

    // Sentences of the genre, written for this test, in three documents (three segments) of two
    // cities: some hold the concepts' own words, many only their weak associates (企业, 发展).
    private static readonly (string City, string[] Sentences)[] Documents =
    [
        ("淮安市", ["民营经济持续向好。", "企业发展势头良好。", "委员走访民营企业。", "走访调研企业发展。", "民营经济和企业发展。", "企业座谈会召开。"]),
        ("盐城市", ["企业家座谈。", "民营经济论坛举行。", "发展新质生产力。", "委员走访基层。", "调研企业。", "企业发展。", "发展规划。"]),
        ("淮安市", ["调研民营经济发展。", "走访企业。", "企业发展，发展企业。", "民营企业走访调研。", "推动发展。"]),
    ];

    internal static PlannedForm Word(string word, double strength, FormKind kind) =>
        new(new TermQuery(new Term(PassageFields.Words, word)), strength, kind);

    // One concept with its own word, a part and two weak associates; then two concepts, of which
    // the second's associates are weak.
    public static TheoryData<int> Plans => new() { 0, 1 };

    private static List<PlannedConcept> Plan(int plan) => plan == 0
        ? [new(1.0, 2.0, [Word("民营经济", 1.0, FormKind.Own), Word("民营", 0.4, FormKind.Part), Word("企业", 0.2, FormKind.Expansion), Word("发展", 0.1, FormKind.Expansion)])]
        : [
            new(0.6, 2.0, [Word("民营经济", 1.0, FormKind.Own), Word("企业", 0.3, FormKind.Expansion)]),
            new(0.4, 1.5, [Word("走访", 1.0, FormKind.Own), Word("调研", 0.5, FormKind.Expansion), Word("发展", 0.2, FormKind.Expansion)]),
        ];

    [Fact]
    public void Forms_too_weak_to_reach_the_floor_even_together_are_weak()
    {
        // 0.2 and 0.1 of the one concept: at most 0.2 of the query; the part (0.4) could match alone.
        var single = CoverageBound.Of(Plan(0), Usual, MatchAccumulator.Tolerance)!;
        Assert.Equal([false, false, true, true], Enumerable.Range(0, 4).Select(j => single.IsWeak(0, j)));

        // From the least up: 0.4 × 0.2 = 0.08, then 0.6 × 0.3 = 0.18 would make 0.26, but 0.4 × 0.5
        // = 0.2 raises the second concept's most to 0.2 alone.
        var two = CoverageBound.Of(Plan(1), Usual, MatchAccumulator.Tolerance)!;
        Assert.Equal([false, false], Enumerable.Range(0, 2).Select(j => two.IsWeak(0, j)));
        Assert.Equal([false, true, true], Enumerable.Range(0, 3).Select(j => two.IsWeak(1, j)));
    }

    [Fact]
    public void No_form_is_weak_when_the_floor_is_zero_or_the_best_could_be_outdone()
    {
        Assert.Null(CoverageBound.Of(Plan(0), new MatchThreshold(0.3, 0), MatchAccumulator.Tolerance));
        Assert.Null(CoverageBound.Of(Plan(0), new MatchThreshold(1.5, 0.25), MatchAccumulator.Tolerance));
        Assert.Null(CoverageBound.Of([new(1.0, 2.0, [Word("民营经济", 1.0, FormKind.Own)])], Usual, MatchAccumulator.Tolerance));
    }

    [Fact]
    public void The_weak_forms_of_any_plan_hold_less_than_the_floor_all_at_once()
    {
        var random = new Random(12);
        for (var round = 0; round < 500; round++)
        {
            var weights = Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.NextDouble()).ToList();
            var shares = MatchPlan.Shares(weights);
            var concepts = shares.Select(share => new PlannedConcept(share, 1.0, Enumerable.Range(0, random.Next(1, 6))
                .Select(_ => Word("委员", Math.Round(random.NextDouble(), 2), FormKind.Expansion)).ToList())).ToList();
            var floor = random.NextDouble() * 0.6;
            var bound = CoverageBound.Of(concepts, new MatchThreshold(0.3, floor), MatchAccumulator.Tolerance);
            if (bound is null)
            {
                continue;
            }

            var most = concepts.Select((c, i) => c.Share * c.Forms.Select((f, j) => bound.IsWeak(i, j) ? f.Strength : 0).Max()).Sum();
            Assert.True(most < floor - MatchAccumulator.Tolerance, $"round {round}: weak forms could hold {most} of the query, the floor is {floor}");
        }
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Passing_over_the_passages_of_weak_forms_only_changes_no_total_facet_hit_or_score(int plan)
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        foreach (var (document, i) in Documents.Select((d, i) => (d, i)))
        {
            var id = $"doc:{i}";
            var passages = document.Sentences.Select((text, k) => new Passage($"{id}:s1:p1:t{k + 1}", id, $"{id}:s1", text, k * 100, (k * 100) + text.Length) { City = document.City, Year = 2024 }).ToList();
            index.ReplaceDocument(new DocumentGraph(new Node(id, "Document", $"报告{i}"), [], [], passages));
        }

        var concepts = Plan(plan);
        var weights = new RankingWeights(Own: 1, Expansion: 0.2, Entity: 1.2, Coverage: 1, Bigram: 0.3, SmartCn: 0, SubWord: 0);
        var clauses = new RankingClauses([new TermQuery(new Term(PassageFields.Bigrams, "企业"))], [], []);
        var requests = new[] { new SearchRequest("民营经济", 100), new SearchRequest("民营经济", 100) { City = "淮安市" } };
        var thresholds = new[] { Usual, new MatchThreshold(0.5, 0.3), new MatchThreshold(0.1, 0.12) };

        index.Search(searcher =>
        {
            Assert.True(searcher.IndexReader.Leaves.Count > 1);
            // Nothing kept; every list kept as common; every list frequent (kept once read whole,
            // then looked up wherever a later search looks, the weak forms' candidates too).
            var keeping = new[] { null, new CommonPostings { OneIn = int.MaxValue / 4, AtLeast = 1 }, new CommonPostings { OneIn = 1, AtLeast = int.MaxValue, FrequentAtLeast = 1 } };
            foreach (var common in keeping)
            {
                foreach (var request in requests)
                {
                    foreach (var threshold in thresholds)
                    {
                        Assert.NotNull(CoverageBound.Of(concepts, threshold, MatchAccumulator.Tolerance));
                        var plain = MatchAccumulator.Run(searcher, concepts, weights, clauses, threshold, request, 100, common: null, bounded: false);
                        var full = MatchAccumulator.Run(searcher, concepts, weights, clauses, threshold, request, 100, common, bounded: false);
                        var bounded = MatchAccumulator.Run(searcher, concepts, weights, clauses, threshold, request, 100, common, bounded: true);

                        Assert.True(full.Total > 0);
                        AssertSame(plain, full);
                        AssertSame(full, bounded);
                    }
                }
            }

            // The passages holding a weak associate alone are there to be passed over: 发展规划, 推动发展, 企业座谈会.
            var weakOnly = MatchAccumulator.Run(searcher, [new(1.0, 1.0, [Word("发展", 1.0, FormKind.Own)])], weights, new([], [], []), Usual, requests[0], 100, bounded: false);
            Assert.True(weakOnly.Total >= 3);
            return 0;
        });
    }

    private static void AssertSame(MatchResult expected, MatchResult actual)
    {
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Top.Select(d => (d.Doc, d.Score)), actual.Top.Select(d => (d.Doc, d.Score)));
        Assert.Equal(expected.Facets.Keys.Order(), actual.Facets.Keys.Order());
        Assert.All(expected.Facets, f => Assert.Equal(f.Value, actual.Facets[f.Key]));
    }
}
