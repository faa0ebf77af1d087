using KnowledgeGraph.Core.Search.Evaluation;

namespace KnowledgeGraph.Core.Tests.Search.Evaluation;

public class RetrievalMetricsTests
{
    // Graded as the evaluation grades: 3 the answer, 2 about it, 1 touches it, 0 not relevant.
    private static readonly Dictionary<string, int> Grades = new()
    {
        ["visit"] = 3,
        ["mechanism"] = 2,
        ["link"] = 1,
        ["unrelated"] = 0,
    };

    [Fact]
    public void The_ideal_ranking_scores_one_and_nothing_relevant_scores_zero()
    {
        Assert.Equal(1.0, RetrievalMetrics.NdcgAt(["visit", "mechanism", "link"], Grades), 10);
        Assert.Equal(0.0, RetrievalMetrics.NdcgAt(["unrelated", "other"], Grades), 10);
        Assert.Equal(1.0, RetrievalMetrics.RecallAt(["link", "visit", "mechanism"], Grades), 10);
        Assert.Equal(1.0, RetrievalMetrics.ReciprocalRank(["visit"], Grades), 10);
    }

    [Fact]
    public void Ndcg_discounts_gains_by_the_log_of_the_rank()
    {
        // DCG = (2^2-1)/log2(2) + 0 + (2^3-1)/log2(4) = 3 + 3.5; ideal = 7 + 3/log2(3) + 1/2.
        var expected = (3 + 3.5) / (7 + (3 / Math.Log2(3)) + 0.5);

        Assert.Equal(expected, RetrievalMetrics.NdcgAt(["mechanism", "unrelated", "visit"], Grades), 10);
    }

    [Fact]
    public void Only_the_first_k_results_count()
    {
        Assert.Equal(0.0, RetrievalMetrics.NdcgAt(["unrelated", "visit"], Grades, k: 1), 10);
        Assert.Equal(1.0 / 3, RetrievalMetrics.RecallAt(["unrelated", "visit", "link"], Grades, k: 2), 10);
    }

    [Fact]
    public void Reciprocal_rank_is_that_of_the_first_relevant_passage_whatever_its_grade()
    {
        Assert.Equal(0.5, RetrievalMetrics.ReciprocalRank(["unrelated", "link", "visit"], Grades), 10);
        Assert.Equal(0.0, RetrievalMetrics.ReciprocalRank(["unrelated"], Grades), 10);
    }

    [Fact]
    public void A_query_without_relevant_passages_scores_zero_rather_than_failing()
    {
        var none = new Dictionary<string, int> { ["a"] = 0 };

        Assert.Equal(0.0, RetrievalMetrics.NdcgAt(["a"], none), 10);
        Assert.Equal(0.0, RetrievalMetrics.RecallAt(["a"], none), 10);
    }
}
