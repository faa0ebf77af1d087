namespace KnowledgeGraph.Core.Search.Topics;

/// <summary>
/// Collapsed Gibbs sampling of an LDA model (Griffiths and Steyvers, 2004): every word of every
/// text is given a topic, drawn in turn from its probability given all the other assignments,
/// <c>(n[text, topic] + α) · (n[word, topic] + β) / (n[topic] + V·β)</c>, for a number of sweeps
/// over the corpus; a topic's word distribution is then read from the counts.
/// </summary>
/// <remarks>
/// Deterministic: one thread, one seeded generator (<see cref="Random(int)"/> gives the same
/// sequence for the same seed on every run and platform of .NET), the texts and their words
/// visited in the order given. With a dozen topics, a dense pass over them per word is cheaper
/// than the bookkeeping of sparse samplers.
/// </remarks>
internal sealed class GibbsSampler
{
    private readonly int[][] _texts;
    private readonly int[][] _assigned;
    private readonly int[] _wordTopic;
    private readonly int[] _textTopic;
    private readonly int[] _topicTotal;
    private readonly int _topics;
    private readonly int _vocabulary;
    private readonly double _alpha;
    private readonly double _beta;
    private readonly Random _random;

    /// <summary>Gives every word of <paramref name="texts"/> (word ids below <paramref name="vocabulary"/>) a random topic of <paramref name="topics"/>.</summary>
    public GibbsSampler(int[][] texts, int vocabulary, int topics, double alphaSum, double beta, int seed)
    {
        _texts = texts;
        _vocabulary = vocabulary;
        _topics = topics;
        _alpha = alphaSum / topics;
        _beta = beta;
        _random = new Random(seed);
        _wordTopic = new int[vocabulary * topics];
        _textTopic = new int[texts.Length * topics];
        _topicTotal = new int[topics];
        _assigned = new int[texts.Length][];
        for (var d = 0; d < texts.Length; d++)
        {
            var words = texts[d];
            var assigned = _assigned[d] = new int[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                var topic = _random.Next(topics);
                assigned[i] = topic;
                _wordTopic[(words[i] * topics) + topic]++;
                _textTopic[(d * topics) + topic]++;
                _topicTotal[topic]++;
            }
        }
    }

    /// <summary>Runs <paramref name="sweeps"/> passes over every word of every text.</summary>
    public void Run(int sweeps)
    {
        var k = _topics;
        var weights = new double[k];
        var inverse = new double[k];
        var vBeta = _vocabulary * _beta;
        for (var t = 0; t < k; t++)
        {
            inverse[t] = 1.0 / (_topicTotal[t] + vBeta);
        }

        for (var sweep = 0; sweep < sweeps; sweep++)
        {
            for (var d = 0; d < _texts.Length; d++)
            {
                var words = _texts[d];
                var assigned = _assigned[d];
                var textCounts = _textTopic.AsSpan(d * k, k);
                for (var i = 0; i < words.Length; i++)
                {
                    var wordCounts = _wordTopic.AsSpan(words[i] * k, k);
                    var old = assigned[i];
                    wordCounts[old]--;
                    textCounts[old]--;
                    inverse[old] = 1.0 / (--_topicTotal[old] + vBeta);

                    double total = 0;
                    for (var t = 0; t < weights.Length; t++)
                    {
                        total += (textCounts[t] + _alpha) * (wordCounts[t] + _beta) * inverse[t];
                        weights[t] = total;
                    }

                    var draw = _random.NextDouble() * total;
                    var topic = 0;
                    while (topic < k - 1 && weights[topic] <= draw)
                    {
                        topic++;
                    }

                    assigned[i] = topic;
                    wordCounts[topic]++;
                    textCounts[topic]++;
                    inverse[topic] = 1.0 / (++_topicTotal[topic] + vBeta);
                }
            }
        }
    }

    /// <summary>The probability of <paramref name="word"/> in <paramref name="topic"/>, or 0 when no occurrence of it was given that topic.</summary>
    public double WordProbability(int word, int topic)
    {
        var count = _wordTopic[(word * _topics) + topic];
        return count == 0 ? 0 : (count + _beta) / (_topicTotal[topic] + (_vocabulary * _beta));
    }
}
