using System.Globalization;

namespace KnowledgeGraph.Core.Search.Topics;

/// <summary>How the topic model is trained.</summary>
public sealed record TopicModelOptions
{
    /// <summary>Number of topics.</summary>
    public int Topics { get; init; } = 12;

    /// <summary>Seed of every random choice: the same passages and seed give the same model.</summary>
    public int Seed { get; init; } = 20240115;

    /// <summary>Gibbs sampling sweeps over the training texts.</summary>
    public int Iterations { get; init; } = 200;

    /// <summary>Dirichlet prior of the topics of a passage, summed over topics.</summary>
    public float AlphaSum { get; init; } = 1f;

    /// <summary>Dirichlet prior of the words of a topic.</summary>
    public float Beta { get; init; } = 0.01f;

    /// <summary>Words seen in fewer training texts than this are left out of the vocabulary.</summary>
    public int MinimumPassages { get; init; } = 2;

    /// <summary>
    /// Words found in more than this share of the training texts are left out too: in this genre
    /// they are the genre's own words (政协, 开展, 推进 …), found in every topic.
    /// </summary>
    public double MaximumPassageShare { get; init; } = 0.2;

    /// <summary>
    /// At most this many sections are trained on; a larger corpus is sampled evenly (every
    /// passage still gets its vector). A dozen topics are learned well from far fewer, and the
    /// sampling time grows with the words trained on.
    /// </summary>
    public int MaximumTrainingTexts { get; init; } = 8_000;

    /// <summary>Words listed for each topic.</summary>
    public int TopWords { get; init; } = 12;
}

/// <summary>A topic: its number and its words, most probable first, with their probability in it.</summary>
public sealed record TopicSummary(int Id, IReadOnlyList<WeightedWord> Words);

/// <summary>A word and its weight in a topic.</summary>
public sealed record WeightedWord(string Word, double Weight);

/// <summary>
/// An LDA topic model over the words of passages (<see cref="TopicWords"/>), trained by collapsed
/// Gibbs sampling (<see cref="GibbsSampler"/>). Once trained it gives any text a topic vector: a
/// distribution over topics summing to 1, or all zeros when the model knows none of its words.
/// </summary>
/// <remarks>
/// <para>Training is deterministic: one sampling thread, a fixed seed, terms numbered in sorted
/// order, the texts in the order given, so the same texts give the same model.</para>
/// <para>Inference does not sample: it folds the text in by expectation-maximisation over the
/// trained word distributions of the topics (the topics held fixed, the text's topic proportions
/// re-estimated from the posterior of each word), which gives the same vector for the same words
/// every time, smooth enough to compare passages by cosine.</para>
/// <para>Read-only once trained or loaded; thread-safe.</para>
/// </remarks>
public sealed class TopicModel
{
    private const string TopicsFile = "topics.tsv";

    // Probability given to a known word in a topic the sampler never assigned it to.
    private const double Floor = 1e-5;
    private const int FoldInIterations = 50;

    private readonly Dictionary<string, double[]> _wordTopics;
    private readonly double _alpha;

    private TopicModel(IReadOnlyList<TopicSummary> topics, double alphaSum, int topWords)
    {
        _alpha = alphaSum / topics.Count;
        _wordTopics = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            foreach (var word in topic.Words)
            {
                if (!_wordTopics.TryGetValue(word.Word, out var row))
                {
                    _wordTopics[word.Word] = row = Enumerable.Repeat(Floor, topics.Count).ToArray();
                }

                row[topic.Id] = Math.Max(Floor, word.Weight);
            }
        }

        AllWords = topics;
        Topics = topics.Select(t => new TopicSummary(t.Id, t.Words.Take(topWords).ToList())).ToList();
        TopWordCount = topWords;
        AlphaSum = alphaSum;
    }

    /// <summary>The topics, with their top words.</summary>
    public IReadOnlyList<TopicSummary> Topics { get; }

    /// <summary>Number of topics.</summary>
    public int TopicCount => Topics.Count;

    private IReadOnlyList<TopicSummary> AllWords { get; }

    private int TopWordCount { get; }

    private double AlphaSum { get; }

    /// <summary>Whether the model knows <paramref name="word"/>.</summary>
    public bool Knows(string word) => _wordTopics.ContainsKey(word);

    /// <summary>
    /// Trains a model on the words (<see cref="TopicWords.Of"/>) of each training text, in the given
    /// order: passages, or the sections they belong to (<see cref="TopicIndex.Refresh(string, ITopicCorpus, TopicWords, TopicModelOptions?, PassageWordCache?)"/>).
    /// </summary>
    /// <exception cref="ArgumentException">No passage has a word seen in enough passages to learn from.</exception>
    public static TopicModel Train(IReadOnlyList<IReadOnlyList<string>> passages, TopicModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(passages);
        options ??= new TopicModelOptions();

        // Words in too few passages say nothing about co-occurrence; they only slow sampling.
        var passageCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var words in passages)
        {
            foreach (var word in words.Distinct(StringComparer.Ordinal))
            {
                passageCounts[word] = passageCounts.GetValueOrDefault(word) + 1;
            }
        }

        var maximum = Math.Max(options.MinimumPassages, (int)Math.Ceiling(options.MaximumPassageShare * passages.Count));

        // Terms are numbered in sorted order, not in order of appearance: the model depends on
        // the texts and their order only.
        var vocabulary = passageCounts
            .Where(p => p.Value >= options.MinimumPassages && p.Value <= maximum)
            .Select(p => p.Key)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var ids = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Length; i++)
        {
            ids[vocabulary[i]] = i;
        }

        var texts = passages
            .Select(words => words.Select(w => ids.GetValueOrDefault(w, -1)).Where(id => id >= 0).ToArray())
            .Where(text => text.Length > 0)
            .ToArray();
        if (texts.Length == 0)
        {
            throw new ArgumentException("No passage has a word seen in enough passages to train a topic model.", nameof(passages));
        }

        var sampler = new GibbsSampler(texts, vocabulary.Length, options.Topics, options.AlphaSum, options.Beta, options.Seed);
        sampler.Run(options.Iterations);
        var topics = new List<TopicSummary>(options.Topics);
        for (var topic = 0; topic < options.Topics; topic++)
        {
            var words = Enumerable.Range(0, vocabulary.Length)
                .Select(w => new WeightedWord(vocabulary[w], sampler.WordProbability(w, topic)))
                .Where(w => w.Weight > 0)
                .OrderByDescending(w => w.Weight)
                .ThenBy(w => w.Word, StringComparer.Ordinal)
                .ToList();
            topics.Add(new TopicSummary(topic, words));
        }

        return new TopicModel(topics, options.AlphaSum, options.TopWords);
    }

    /// <summary>The topic vector of a text's words; all zeros when the model knows none of them.</summary>
    public float[] Infer(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var known = new List<double[]>(words.Count);
        foreach (var word in words)
        {
            if (_wordTopics.TryGetValue(word, out var row))
            {
                known.Add(row);
            }
        }

        var k = TopicCount;
        var vector = new float[k];
        if (known.Count == 0)
        {
            return vector;
        }

        var theta = Enumerable.Repeat(1.0 / k, k).ToArray();
        var next = new double[k];
        Span<double> products = k <= 64 ? stackalloc double[k] : new double[k];
        for (var iteration = 0; iteration < FoldInIterations; iteration++)
        {
            Array.Fill(next, _alpha);
            foreach (var phi in known)
            {
                TopicFoldIn.Add(phi, theta, products, next);
            }

            var sum = next.Sum();
            for (var t = 0; t < k; t++)
            {
                theta[t] = next[t] / sum;
            }
        }

        for (var t = 0; t < k; t++)
        {
            vector[t] = (float)theta[t];
        }

        return vector;
    }

    /// <summary>Writes the model into <paramref name="folder"/> (created when missing).</summary>
    /// <remarks><c>topics.tsv</c> holds what inference needs: the priors and each topic's words with their probabilities, readable by people.</remarks>
    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        var lines = new List<string>
        {
            $"# alphaSum {AlphaSum.ToString("R", CultureInfo.InvariantCulture)} topWords {TopWordCount}",
        };
        foreach (var topic in AllWords)
        {
            lines.Add($"# topic {topic.Id}");
            lines.AddRange(topic.Words.Select(w => $"{w.Word}\t{w.Weight.ToString("R", CultureInfo.InvariantCulture)}"));
        }

        var path = Path.Combine(folder, TopicsFile);
        File.WriteAllLines(path + ".tmp", lines);
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>Whether <paramref name="folder"/> holds a saved model.</summary>
    public static bool ExistsIn(string folder) => File.Exists(Path.Combine(folder, TopicsFile));

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The folder does not hold a readable model.</exception>
    public static TopicModel Load(string folder)
    {
        var path = Path.Combine(folder, TopicsFile);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{folder}: no topic model ({TopicsFile}).");
        }

        var alphaSum = new TopicModelOptions().AlphaSum;
        var topWords = new TopicModelOptions().TopWords;
        var topics = new List<TopicSummary>();
        List<WeightedWord>? current = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# alphaSum ", StringComparison.Ordinal) && line.Split(' ') is [_, _, var alpha, _, var top])
            {
                alphaSum = float.Parse(alpha, CultureInfo.InvariantCulture);
                topWords = int.Parse(top, CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("# topic ", StringComparison.Ordinal))
            {
                current = [];
                topics.Add(new TopicSummary(topics.Count, current));
            }
            else if (current is not null && line.Split('\t') is [var word, var weight])
            {
                current.Add(new WeightedWord(word, double.Parse(weight, CultureInfo.InvariantCulture)));
            }
        }

        if (topics.Count == 0)
        {
            throw new InvalidDataException($"{path} lists no topic.");
        }

        return new TopicModel(topics, alphaSum, topWords);
    }
}
