using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Tests.Segmentation;

namespace KnowledgeGraph.Core.Tests.Search;

/// <summary>Tests that read <see cref="SearchWork"/>'s counts, which every search of the process adds to: run alone.</summary>
[CollectionDefinition(nameof(SearchWorkCollection), DisableParallelization = true)]
public sealed class SearchWorkCollection;

[Collection(nameof(SearchWorkCollection))]
public class SparseCandidatesTests
{
    [Fact]
    public void A_kept_weak_list_far_longer_than_the_candidates_is_looked_up_at_them_with_the_same_result()
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);

        // Two segments: many passages hold the weak associates (发展, 企业) alone, a few the concept's own word.
        var sentences = new[]
        {
            Enumerable.Range(0, 30).Select(k => k % 10 == 4 ? "民营经济发展良好。" : k % 3 == 0 ? "推动企业发展。" : "发展规划。").ToArray(),
            Enumerable.Range(0, 25).Select(k => k == 20 ? "民营经济和企业。" : k % 2 == 0 ? "企业发展。" : "推动发展。").ToArray(),
        };
        foreach (var (texts, i) in sentences.Select((t, i) => (t, i)))
        {
            var id = $"doc:{i}";
            var passages = texts.Select((text, k) => new Passage($"{id}:s1:p1:t{k + 1}", id, $"{id}:s1", text, k * 100, (k * 100) + text.Length) { City = "淮安市", Year = 2024 }).ToList();
            index.ReplaceDocument(new DocumentGraph(new Node(id, "Document", $"报告{i}"), [], [], passages));
        }

        List<PlannedConcept> concepts = [new(1.0, 2.0, [CoverageBoundTests.Word("民营经济", 1.0, FormKind.Own), CoverageBoundTests.Word("企业", 0.2, FormKind.Expansion), CoverageBoundTests.Word("发展", 0.1, FormKind.Expansion)])];
        var weights = new RankingWeights(Own: 1, Expansion: 0.2, Entity: 1.2, Coverage: 1, Bigram: 0, SmartCn: 0, SubWord: 0);
        var keepAll = new CommonPostings { OneIn = int.MaxValue / 4, AtLeast = 1 };
        index.Search(searcher =>
        {
            Assert.True(searcher.IndexReader.Leaves.Count > 1);
            var request = new SearchRequest("民营经济", 100);
            var before = SearchWork.Snapshot();
            var bounded = MatchAccumulator.Run(searcher, concepts, weights, new([], [], []), CoverageBoundTests.Usual, request, 100, keepAll, bounded: true);
            var middle = SearchWork.Snapshot();
            var full = MatchAccumulator.Run(searcher, concepts, weights, new([], [], []), CoverageBoundTests.Usual, request, 100, keepAll, bounded: false);
            var (looked, walked) = (middle.Since(before).KeptPostings, SearchWork.Snapshot().Since(middle).KeptPostings);

            Assert.Equal(4, full.Total);
            Assert.Equal(full.Total, bounded.Total);
            Assert.Equal(full.Top.Select(d => (d.Doc, d.Score)), bounded.Top.Select(d => (d.Doc, d.Score)));
            Assert.All(full.Facets, f => Assert.Equal(f.Value, bounded.Facets[f.Key]));

            // The own word's 4 postings and a few looks into each weak list, against every posting of them.
            Assert.True(walked > 60, $"the full run walked {walked} postings");
            Assert.True(looked < 25, $"the bounded run looked at {looked} postings");
            return 0;
        });
    }
}
