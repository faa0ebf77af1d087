using KnowledgeGraph.Core.Search.Topics;

namespace KnowledgeGraph.Core.Tests.Search.Topics;

// The fold-in step takes its products and divisions four topics at a time; the topic vectors written at
// ingest must stay the same doubles as the plain loop's, so the two are compared bit for bit.
public class TopicFoldInTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(20)]
    [InlineData(23)]
    public void Folding_in_a_word_gives_the_plain_loops_doubles_bit_for_bit(int topics)
    {
        var random = new Random(topics);
        var phi = Enumerable.Range(0, topics).Select(_ => random.NextDouble() / 3).ToArray();
        var theta = Enumerable.Range(0, topics).Select(_ => random.NextDouble() + 1e-9).ToArray();
        var start = Enumerable.Range(0, topics).Select(_ => random.NextDouble()).ToArray();

        var expected = (double[])start.Clone();
        var norm = 0.0;
        for (var t = 0; t < topics; t++)
        {
            norm += phi[t] * theta[t];
        }

        for (var t = 0; t < topics; t++)
        {
            expected[t] += phi[t] * theta[t] / norm;
        }

        var next = (double[])start.Clone();
        TopicFoldIn.Add(phi, theta, new double[topics], next);

        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), next.Select(BitConverter.DoubleToInt64Bits));
    }
}
