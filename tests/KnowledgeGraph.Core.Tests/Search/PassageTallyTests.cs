using KnowledgeGraph.Core.Search;

namespace KnowledgeGraph.Core.Tests.Search;

public class PassageTallyTests
{
    // A segment of 16 documents of which 4 are touched (many: the matches come from a bit set),
    // and one of 1,000 with the same 4 (few: they are sorted).
    [Theory]
    [InlineData(16)]
    [InlineData(1_000)]
    public void The_matches_are_the_touched_passages_that_reach_the_threshold_in_document_order(int size)
    {
        using var tally = new PassageTally(size);
        foreach (var (doc, strength) in new[] { (15, 1f), (3, 0.2f), (9, 0.6f), (0, 1f) })
        {
            tally.Hold(doc, strength, rank: strength * 2);
        }

        tally.EndConcept(share: 1f);
        tally.EndConcepts();

        Assert.Equal(1f, tally.BestCoverage);
        Assert.Equal([0, 9, 15], tally.Matches(0.5f));
        Assert.Equal([0, 3, 9, 15], tally.Matches(0.1f));
        Assert.Equal(2f, tally.Score(15));
    }

    [Fact]
    public void A_concept_counts_its_strongest_form_and_ranks_its_best_one_plus_a_tenth_of_the_others()
    {
        using var tally = new PassageTally(8);
        tally.Hold(2, 0.4f, rank: 1f);
        tally.Hold(2, 0.8f, rank: 3f);
        tally.EndConcept(share: 0.5f);
        tally.Hold(2, 1f, rank: 2f);
        tally.EndConcept(share: 0.5f);
        tally.EndConcepts();

        Assert.Equal(0.9f, tally.BestCoverage, 5);
        Assert.Equal(3f + (0.1f * 1f) + 2f, tally.Score(2), 5);
        Assert.Equal([2], tally.Matches(0.9f - 1e-5f));
    }

    // Many touched (the array is cleared whole when disposed) and few (passage by passage).
    [Theory]
    [InlineData(6)]
    [InlineData(1_000)]
    public void Taking_the_matches_adds_the_coverage_boost_to_them_alone_and_a_disposed_tally_leaves_its_array_clear(int size)
    {
        for (var round = 0; round < 2; round++)
        {
            // The second round rents the array the first gave back: it must start from nothing.
            using var tally = new PassageTally(size);
            tally.Hold(1, 1f, rank: 2f);
            tally.Hold(5, 0.2f, rank: 1f);
            tally.EndConcept(share: 0.5f);
            tally.Hold(1, 0.6f, rank: 1f);
            tally.EndConcept(share: 0.5f);
            tally.EndConcepts();

            Assert.Equal(0.8f, tally.BestCoverage, 5);
            Assert.Equal([1], tally.Matches(0.5f, boost: 2f));
            Assert.Equal(2f + 1f + (2f * 0.8f), tally.Score(1), 5);
            Assert.Equal(1f, tally.Score(5), 5);
        }
    }
}
