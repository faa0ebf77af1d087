using System.Runtime.Intrinsics;

namespace KnowledgeGraph.Core.Search.Topics;

/// <summary>
/// The fold-in step of <see cref="TopicModel.Infer"/>: one word's share of the text's next topic
/// proportions, <c>next[t] += φ[t]·θ[t] / Σ φ·θ</c>.
/// </summary>
/// <remarks>
/// The products and the divisions are taken four topics at a time; the norm is summed one topic at
/// a time, in topic order. Each lane of a vector multiply or divide is the same IEEE operation as
/// the scalar one (.NET never fuses a multiply and an add on its own), so the result is the same
/// double, bit for bit, as the plain loop's: the vectors only spare the divisions' latency.
/// </remarks>
internal static class TopicFoldIn
{
    /// <summary>
    /// Adds the share of a word whose topic probabilities are <paramref name="phi"/> to
    /// <paramref name="next"/>, given the proportions <paramref name="theta"/>;
    /// <paramref name="products"/> is scratch of the topics' length.
    /// </summary>
    public static void Add(ReadOnlySpan<double> phi, ReadOnlySpan<double> theta, Span<double> products, Span<double> next)
    {
        var k = theta.Length;
        var t = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; t + 4 <= k; t += 4)
            {
                (Vector256.Create(phi[t..]) * Vector256.Create(theta[t..])).CopyTo(products[t..]);
            }
        }

        for (; t < k; t++)
        {
            products[t] = phi[t] * theta[t];
        }

        double norm = 0;
        for (t = 0; t < k; t++)
        {
            norm += products[t];
        }

        t = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var divisor = Vector256.Create(norm);
            for (; t + 4 <= k; t += 4)
            {
                (Vector256.Create(next[t..]) + (Vector256.Create(products[t..]) / divisor)).CopyTo(next[t..]);
            }
        }

        for (; t < k; t++)
        {
            next[t] += products[t] / norm;
        }
    }
}
