using KnowledgeGraph.Core.Analysis;

namespace KnowledgeGraph.Core.Tests.Analysis;

/// <summary><see cref="NumberedMemory{TValue}"/> finds what a dictionary finds, through growth and clearing.</summary>
public class NumberedMemoryTests
{
    [Fact]
    public void Finds_every_key_added_and_no_other_as_it_grows()
    {
        var memory = new NumberedMemory<int>();
        var expected = new Dictionary<long, int>();
        var random = new Random(11);
        while (expected.Count < 50_000)
        {
            // Pairs of small numbers, as the lattice makes them, and some large keys.
            var key = random.Next(4) == 0 ? random.NextInt64(long.MaxValue) : ((long)random.Next(3000) << 32) | (uint)random.Next(3000);
            if (expected.TryAdd(key, random.Next()))
            {
                memory.Add(key, expected[key]);
            }
        }

        Assert.Equal(expected.Count, memory.Count);
        foreach (var (key, value) in expected)
        {
            Assert.True(memory.TryGetValue(key, out var found));
            Assert.Equal(value, found);
        }

        for (var i = 0; i < 10_000; i++)
        {
            var key = random.NextInt64(long.MaxValue);
            Assert.Equal(expected.ContainsKey(key), memory.TryGetValue(key, out _));
        }
    }

    [Fact]
    public void Clearing_forgets_every_key_and_the_memory_is_filled_again()
    {
        var memory = new NumberedMemory<string>();
        for (long key = 0; key < 5000; key++)
        {
            memory.Add(key << 16 | 'a', $"v{key}");
        }

        memory.Clear();
        Assert.Equal(0, memory.Count);
        Assert.False(memory.TryGetValue(7L << 16 | 'a', out _));
        memory.Add(7L << 16 | 'a', "again");
        Assert.True(memory.TryGetValue(7L << 16 | 'a', out var value));
        Assert.Equal("again", value);
    }

    [Fact]
    public void A_negative_key_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NumberedMemory<int>().Add(-1, 0));
    }
}
