using KnowledgeGraph.Core.Search;

namespace KnowledgeGraph.Core.Tests.Search;

public class PassageTallyTests
{
    // A segment of 16 documents of which 4 are touched, one of 1,000 with the same 4, and one
    // whose touched passages span many words of the bit sets.
    [Theory]
    [InlineData(16, 0.5f, new[] { 0, 9, 15 })]
    [InlineData(1_000, 0.5f, new[] { 0, 9, 15 })]
    [InlineData(1_000, 0.1f, new[] { 0, 3, 9, 15 })]
    public void The_matches_are_the_touched_passages_that_reach_the_threshold_in_document_order(int size, float threshold, int[] expected)
    {
        using var tally = new PassageTally(size);
        foreach (var (doc, strength) in new[] { (15, 1f), (3, 0.2f), (9, 0.6f), (0, 1f) })
        {
            tally.Hold(doc, strength, rank: strength * 2);
        }

        tally.EndConcept(share: 1f);
        tally.EndConcepts();

        Assert.Equal(1f, tally.BestCoverage);
        Assert.Equal(4, tally.TouchedCount);
        Assert.Equal(expected, tally.Matches(threshold));
        Assert.Equal(2f, tally.ScoreAt(expected.Length - 1));
        Assert.Throws<InvalidOperationException>(() => tally.Matches(threshold));
    }

    [Fact]
    public void Passages_held_by_several_forms_and_concepts_far_apart_are_counted_once_in_document_order()
    {
        using var tally = new PassageTally(5_000);
        tally.Hold(4_321, 1f, rank: 1f);
        tally.Hold(70, 0.5f, rank: 1f);
        tally.Hold(4_321, 0.5f, rank: 1f);
        tally.EndConcept(share: 0.5f);
        tally.Hold(2_000, 1f, rank: 1f);
        tally.Hold(70, 1f, rank: 1f);
        tally.EndConcept(share: 0.5f);
        tally.EndConcepts();

        Assert.Equal(3, tally.TouchedCount);
        Assert.Equal(0.75f, tally.BestCoverage, 5);
        Assert.Equal([70, 2_000, 4_321], tally.Matches(0.5f - 1e-5f));
        Assert.Equal(2f, tally.ScoreAt(0), 5);
        Assert.Equal(1.1f, tally.ScoreAt(2), 5);
    }

    [Fact]
    public void The_best_are_given_by_their_place_among_the_matches_and_reordering_adds_only_there()
    {
        using var tally = new PassageTally(100);
        foreach (var (doc, rank) in new[] { (10, 3f), (20, 1f), (30, 5f), (40, 2f), (50, 4f) })
        {
            tally.Hold(doc, 1f, rank);
        }

        tally.EndConcept(share: 1f);
        tally.EndConcepts();

        Assert.Equal([10, 20, 30, 40, 50], tally.Matches(0.5f));
        var best = tally.Best(2);
        Assert.Equal([2, 4], best);
        Assert.Equal([0, 1, 2, 3, 4], tally.Best(5));
        tally.AddAt(best, new Listed([20, 50]), boost: 2f);
        Assert.Equal(4f + 2f, tally.ScoreAt(4), 5);
        Assert.Equal(1f, tally.ScoreAt(1), 5);
        Assert.Equal(5f, tally.ScoreAt(2), 5);
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
        Assert.Equal([2], tally.Matches(0.9f - 1e-5f));
        Assert.Equal(3f + (0.1f * 1f) + 2f, tally.ScoreAt(0), 5);
    }

    // Many touched and few: the matches taken, the array is clear for the next tally.
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
            Assert.Equal(2f + 1f + (2f * 0.8f), tally.ScoreAt(0), 5);
        }
    }

    // A tally whose matches were never taken (a search that failed) clears what it touched,
    // and one left with a concept half added clears that too.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_tally_disposed_before_its_matches_were_taken_leaves_its_array_clear(bool halfAdded)
    {
        for (var round = 0; round < 2; round++)
        {
            using var tally = new PassageTally(300);
            if (round == 0)
            {
                tally.Hold(7, 1f, rank: 2f);
                tally.EndConcept(share: 1f);
                tally.Hold(250, 1f, rank: 2f);
                if (!halfAdded)
                {
                    tally.EndConcept(share: 1f);
                }

                continue;
            }

            // The second round rents the array the first gave back: what it left would add here.
            foreach (var doc in new[] { 7, 9, 250 })
            {
                tally.Hold(doc, 0.5f, rank: 1f);
            }

            tally.EndConcept(share: 1f);
            tally.EndConcepts();
            Assert.Equal(0.5f, tally.BestCoverage, 5);
            Assert.Equal([7, 9, 250], tally.Matches(0.1f));
            Assert.All([0, 1, 2], place => Assert.Equal(1f, tally.ScoreAt(place), 5));
        }
    }

    // Postings given as a list, unscored but for a score of 1.
    private sealed class Listed(int[] docs) : FormCursor
    {
        private int _at = -1;

        public override int NextDoc() => DocID = ++_at < docs.Length ? docs[_at] : Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS;

        public override int Advance(int target)
        {
            while (DocID < target)
            {
                NextDoc();
            }

            return DocID;
        }

        public override float Score() => 1f;
    }
}
