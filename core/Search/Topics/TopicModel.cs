using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace KnowledgeGraph.Core.Search.Topics;

/// <summary>How the topic model is trained.</summary>
public sealed record TopicModelOptions
{
    /// <summary>Number of topics.</summary>
    public int Topics { get; init; } = 12;

    /// <summary>Seed of every random choice: the same passages and seed give the same model.</summary>
    public int Seed { get; init; } = 20240115;

    /// <summary>Gibbs sampling iterations over the corpus.</summary>
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

    /// <summary>At most this many sections are trained on; a larger corpus is sampled evenly.</summary>
    public int MaximumTrainingTexts { get; init; } = 20_000;

    /// <summary>Words listed for each topic.</summary>
    public int TopWords { get; init; } = 12;
}

/// <summary>A topic: its number and its words, most probable first, with their probability in it.</summary>
public sealed record TopicSummary(int Id, IReadOnlyList<WeightedWord> Words);

/// <summary>A word and its weight in a topic.</summary>
public sealed record WeightedWord(string Word, double Weight);

/// <summary>
/// An LDA topic model over the words of passages (<see cref="TopicWords"/>), trained with
/// ML.NET's <c>LatentDirichletAllocation</c> (LightLDA, Gibbs sampling). Once trained it gives
/// any text a topic vector: a distribution over topics summing to 1, or all zeros when the model
/// knows none of its words.
/// </summary>
/// <remarks>
/// <para>Training is deterministic: one sampling thread, a fixed seed, terms numbered in sorted
/// order, so the same passages give the same model.</para>
/// <para>Inference does not sample: it folds the text in by expectation-maximisation over the
/// trained word distributions of the topics (the topics held fixed, the text's topic proportions
/// re-estimated from the posterior of each word), which gives the same vector for the same words
/// every time, smooth enough to compare passages by cosine.</para>
/// <para>Read-only once trained or loaded; thread-safe.</para>
/// </remarks>
public sealed class TopicModel
{
    private const string WordsColumn = "Words";
    private const string TopicsColumn = "Topics";
    private const string ModelFile = "lda.zip";
    private const string TopicsFile = "topics.tsv";

    // Probability given to a known word in a topic the sampler never assigned it to.
    private const double Floor = 1e-5;
    private const int FoldInIterations = 50;

    private readonly Dictionary<string, double[]> _wordTopics;
    private readonly double _alpha;
    private readonly MLContext? _ml;
    private readonly ITransformer? _trained;

    private TopicModel(IReadOnlyList<TopicSummary> topics, double alphaSum, int topWords, MLContext? ml, ITransformer? trained)
    {
        _ml = ml;
        _trained = trained;
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
    /// order: passages, or the sections they belong to (<see cref="TopicIndex.Refresh(string, ITopicCorpus, TopicWords, TopicModelOptions?)"/>).
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
        var vocabulary = passageCounts
            .Where(p => p.Value >= options.MinimumPassages && p.Value <= maximum)
            .Select(p => p.Key)
            .ToHashSet(StringComparer.Ordinal);
        var rows = passages
            .Select(words => new WordsRow { Words = words.Where(vocabulary.Contains).ToArray() })
            .Where(r => r.Words.Length > 0)
            .ToList();
        if (rows.Count == 0)
        {
            throw new ArgumentException("No passage has a word seen in enough passages to train a topic model.", nameof(passages));
        }

        var ml = new MLContext(options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows);

        // Terms are numbered in sorted order, not in order of appearance, and the sampler runs on
        // one thread: the model depends on the passages only.
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Terms", WordsColumn, keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.ProduceNgrams("Bag", "Terms", ngramLength: 1, useAllLengths: false, weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(ml.Transforms.Text.LatentDirichletAllocation(
                TopicsColumn,
                "Bag",
                numberOfTopics: options.Topics,
                alphaSum: options.AlphaSum,
                beta: options.Beta,
                maximumNumberOfIterations: options.Iterations,
                likelihoodInterval: options.Iterations,
                numberOfThreads: 1,
                numberOfSummaryTermsPerTopic: vocabulary.Count,
                resetRandomGenerator: true));
        var model = NativeOutput.Quiet(() => pipeline.Fit(data));
        return new TopicModel(WordDistributions(model, data, options.Topics), options.AlphaSum, options.TopWords, ml, model);
    }

    /// <summary>The topic vector of a text's words; all zeros when the model knows none of them.</summary>
    public float[] Infer(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var known = words.Select(w => _wordTopics.GetValueOrDefault(w)).OfType<double[]>().ToList();
        var k = TopicCount;
        var vector = new float[k];
        if (known.Count == 0)
        {
            return vector;
        }

        var theta = Enumerable.Repeat(1.0 / k, k).ToArray();
        var next = new double[k];
        for (var iteration = 0; iteration < FoldInIterations; iteration++)
        {
            Array.Fill(next, _alpha);
            foreach (var phi in known)
            {
                double norm = 0;
                for (var t = 0; t < k; t++)
                {
                    norm += phi[t] * theta[t];
                }

                for (var t = 0; t < k; t++)
                {
                    next[t] += phi[t] * theta[t] / norm;
                }
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
    /// <remarks>
    /// <c>lda.zip</c> is the ML.NET model as trained (written only by the process that trained
    /// it); <c>topics.tsv</c> holds what inference needs: the priors and each topic's words with
    /// their probabilities, readable by people.
    /// </remarks>
    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        if (_ml is not null && _trained is not null)
        {
            var schema = _ml.Data.LoadFromEnumerable(Array.Empty<WordsRow>()).Schema;
            var modelPath = Path.Combine(folder, ModelFile);
            _ml.Model.Save(_trained, schema, modelPath + ".tmp");
            File.Move(modelPath + ".tmp", modelPath, overwrite: true);
        }

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

        return new TopicModel(topics, alphaSum, topWords, null, null);
    }

    // The probability of each word in each topic, as the trained LDA transformer reports them,
    // named through the slot names of the bag of words; most probable first.
    private static List<TopicSummary> WordDistributions(TransformerChain<LatentDirichletAllocationTransformer> model, IDataView data, int topicCount)
    {
        var transformed = model.Transform(data);
        var slotNames = default(VBuffer<ReadOnlyMemory<char>>);
        transformed.Schema["Bag"].GetSlotNames(ref slotNames);
        var names = slotNames.DenseValues().Select(n => n.ToString()).ToArray();
        var details = model.LastTransformer.GetLdaDetails(0);
        var topics = new List<TopicSummary>();
        for (var topic = 0; topic < topicCount; topic++)
        {
            var scores = topic < details.WordScoresPerTopic.Count ? details.WordScoresPerTopic[topic] : [];
            var words = scores
                .Where(w => w.Item >= 0 && w.Item < names.Length && w.Score > 0)
                .OrderByDescending(w => w.Score)
                .ThenBy(w => names[w.Item], StringComparer.Ordinal)
                .Select(w => new WeightedWord(names[w.Item], w.Score))
                .ToList();
            topics.Add(new TopicSummary(topic, words));
        }

        return topics;
    }

    private sealed class WordsRow
    {
        public string[] Words { get; set; } = [];
    }
}
