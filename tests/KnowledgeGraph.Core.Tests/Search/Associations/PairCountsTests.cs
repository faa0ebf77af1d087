using KnowledgeGraph.Core.Search.Associations;

namespace KnowledgeGraph.Core.Tests.Search.Associations;

public class PairCountsTests
{
    [Fact]
    public void Counts_grown_through_many_pairs_match_a_dictionary_and_sort_by_key()
    {
        var counts = new PairCounts();
        var expected = new Dictionary<long, int>();
        var random = new Random(13);
        // Pairs of small ids (the keys the hash must spread) and of large ones, many repeated.
        for (var n = 0; n < 20_000; n++)
        {
            var a = random.Next(n % 2 == 0 ? 60 : 1_000_000);
            var b = a + 1 + random.Next(n % 2 == 0 ? 60 : 1_000_000);
            var key = ((long)a << 32) | (uint)b;
            counts[key]++;
            expected[key] = expected.GetValueOrDefault(key) + 1;
        }

        Assert.Equal(expected.Count, counts.Count);
        Assert.Equal(expected.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)), counts.All().OrderBy(p => p.Key));
        var (keys, values) = counts.SortedByKey();
        Assert.Equal(expected.Keys.Order(), keys);
        Assert.Equal(expected.OrderBy(p => p.Key).Select(p => p.Value), values);
    }

    [Fact]
    public void Dropping_the_rare_pairs_keeps_the_others_with_their_counts()
    {
        var counts = new PairCounts(3);
        foreach (var (key, times) in new[] { (1L, 1), (2L, 2), (5L << 32 | 7, 3), (9L << 32 | 10, 1) })
        {
            for (var i = 0; i < times; i++)
            {
                counts[key]++;
            }
        }

        Assert.Equal([0L, 2, 1, 1], counts.CountsUpTo(3));
        counts.DropUpTo(1);

        Assert.Equal([(2L, 2), (5L << 32 | 7, 3)], counts.All().OrderBy(p => p.Key));
        Assert.Equal(2, counts.Count);
        counts[1]++;
        Assert.Equal(1, counts[1]);
    }
}
