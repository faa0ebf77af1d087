namespace KnowledgeGraph.Core.Search.Topics;

/// <summary>What <see cref="TopicIndex.Refresh(string, ITopicCorpus, TopicWords, TopicModelOptions?, PassageWordCache?)"/> did.</summary>
public enum TopicRefreshKind
{
    /// <summary>The corpus had not changed: nothing was written.</summary>
    Unchanged,

    /// <summary>New passages got their vectors from the existing model; removed ones were dropped.</summary>
    Updated,

    /// <summary>The model was trained anew on the whole corpus.</summary>
    Retrained,

    /// <summary>The corpus is empty (or has no word to learn from): no model.</summary>
    Empty,
}

/// <summary>A corpus as the topic index reads it, a pass at a time.</summary>
public interface ITopicCorpus
{
    /// <summary>The ids of every passage.</summary>
    IEnumerable<string> Ids();

    /// <summary>The id and text of every passage whose id <paramref name="include"/> accepts, in any order, read as they are enumerated.</summary>
    IEnumerable<(string Id, string Text)> Texts(Func<string, bool> include);
}

/// <summary>The outcome of a refresh: what was done, and the passages added and removed since the last one.</summary>
public sealed record TopicRefresh(TopicRefreshKind Kind, int Passages, int Added, int Removed);

/// <summary>
/// The topic model of a corpus and the topic vector of each passage, kept in a folder next to
/// the passage index (<c>topics/</c> in the data folder).
/// </summary>
/// <remarks>
/// The model is retrained when the passages added and removed since it was trained reach
/// <see cref="RetrainFraction"/> of those it was trained on; below that, new passages are given
/// vectors by the model as it is. Read-only once loaded; thread-safe.
/// </remarks>
public sealed class TopicIndex
{
    /// <summary>Share of the training corpus that may change before the model is trained again.</summary>
    public const double RetrainFraction = 0.2;

    private readonly Dictionary<string, float[]> _vectors;

    private TopicIndex(TopicModel? model, Dictionary<string, float[]> vectors, int trainedOn)
    {
        Model = model;
        _vectors = vectors;
        TrainedOn = trainedOn;
    }

    /// <summary>An index without a model.</summary>
    public static TopicIndex Empty { get; } = new(null, new Dictionary<string, float[]>(StringComparer.Ordinal), 0);

    /// <summary>The folder of the topic index inside a data folder.</summary>
    public static string FolderIn(string dataFolder) => Path.Combine(dataFolder, "topics");

    /// <summary>The model, or null when none has been trained.</summary>
    public TopicModel? Model { get; }

    /// <summary>Number of passages the model was trained on.</summary>
    public int TrainedOn { get; }

    /// <summary>Passages with a topic vector.</summary>
    public int Count => _vectors.Count;

    /// <summary>Ids of the passages with a topic vector.</summary>
    public IEnumerable<string> PassageIds => _vectors.Keys;

    /// <summary>The topic vector of a passage, or null when it has none.</summary>
    public float[]? VectorOf(string passageId) => _vectors.GetValueOrDefault(passageId);

    /// <summary>Reads the index in <paramref name="folder"/>; <see cref="Empty"/> when there is none.</summary>
    public static TopicIndex Load(string folder)
    {
        if (!TopicModel.ExistsIn(folder) || TopicVectorsFile.PathIn(folder) is not { } vectorsPath)
        {
            return Empty;
        }

        var model = TopicModel.Load(folder);
        var (vectors, trainedOn) = TopicVectorsFile.Read(vectorsPath);
        return new TopicIndex(model, vectors, trainedOn);
    }

    /// <summary>
    /// Brings the topic index in <paramref name="folder"/> up to date with <paramref name="passages"/>
    /// (the whole corpus): trains the model when there is none or the corpus has changed enough,
    /// otherwise gives new passages their vectors and forgets removed ones.
    /// </summary>
    public static (TopicIndex Index, TopicRefresh Refresh) Refresh(
        string folder,
        IReadOnlyList<IndexedPassage> passages,
        TopicWords words,
        TopicModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(passages);
        return Refresh(folder, new ListCorpus(passages), words, options);
    }

    /// <summary>
    /// The same over a corpus read as it goes: ids first, then the texts of the passages needed,
    /// so that a corpus larger than memory is never held whole (only its ids and vectors are).
    /// </summary>
    /// <remarks>When <c>cut</c> is given, the words of every passage cut here are kept in it, for the next refresh of the run.</remarks>
    public static (TopicIndex Index, TopicRefresh Refresh) Refresh(
        string folder,
        ITopicCorpus corpus,
        TopicWords words,
        TopicModelOptions? options = null,
        PassageWordCache? cut = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(words);
        var current = Load(folder);
        var ids = corpus.Ids().Order(StringComparer.Ordinal).ToList();
        var present = ids.ToHashSet(StringComparer.Ordinal);
        var added = ids.Count(id => current.VectorOf(id) is null);
        var removed = current.PassageIds.Count(id => !present.Contains(id));
        if (current.Model is not null && added == 0 && removed == 0)
        {
            return (current, new TopicRefresh(TopicRefreshKind.Unchanged, ids.Count, 0, 0));
        }

        var retrain = current.Model is null || added + removed >= RetrainFraction * Math.Max(1, current.TrainedOn);
        var vectors = new Dictionary<string, float[]>(ids.Count, StringComparer.Ordinal);
        TopicIndex next;
        if (retrain)
        {
            // The model learns from sections, not sentences: a sentence holds too few words for
            // their co-occurrence to say much, a section keeps to one subject in this genre. Every
            // passage is cut once, here: its words serve the training and its own vector.
            current = Empty;
            cut?.Reserve(ids.Count);
            var read = TrainingSample.ReadWords(corpus, _ => true, words, present, cut);
            var sample = TrainingSample.Of(read, (options ?? new TopicModelOptions()).MaximumTrainingTexts);
            TopicModel model;
            try
            {
                model = TopicModel.Train(sample, options);
            }
            catch (ArgumentException)
            {
                Clear(folder);
                return (Empty, new TopicRefresh(TopicRefreshKind.Empty, ids.Count, added, removed));
            }

            foreach (var (id, vector) in InferAll(model, read))
            {
                vectors[id] = vector;
            }

            next = new TopicIndex(model, vectors, ids.Count);
        }
        else
        {
            foreach (var id in ids)
            {
                if (current.VectorOf(id) is { } vector)
                {
                    vectors[id] = vector;
                }
            }

            cut?.Reserve(added);
            foreach (var (id, vector) in InferAll(current.Model!, TrainingSample.ReadWords(corpus, id => !vectors.ContainsKey(id), words, present, cut)))
            {
                vectors[id] = vector;
            }

            next = new TopicIndex(current.Model, vectors, current.TrainedOn);
        }

        next.Save(folder, writeModel: retrain);
        return (next, new TopicRefresh(retrain ? TopicRefreshKind.Retrained : TopicRefreshKind.Updated, ids.Count, added, removed));
    }

    // The vector of every passage, on every core (the model is read-only), in the order given;
    // rounded as it is saved, so that a process that loads the index compares passages exactly
    // as the one that made it.
    private static IEnumerable<(string Id, float[] Vector)> InferAll(TopicModel model, List<(string Id, string[] Words)> passages)
    {
        var vectors = new float[passages.Count][];
        Parallel.For(0, passages.Count, i =>
        {
            var vector = model.Infer(passages[i].Words);
            for (var t = 0; t < vector.Length; t++)
            {
                vector[t] = TopicVectorsFile.Round(vector[t]);
            }

            vectors[i] = vector;
        });
        return passages.Select((p, i) => (p.Id, vectors[i]));
    }

    private sealed class ListCorpus(IReadOnlyList<IndexedPassage> passages) : ITopicCorpus
    {
        public IEnumerable<string> Ids() => passages.Select(p => p.Id);

        public IEnumerable<(string Id, string Text)> Texts(Func<string, bool> include) =>
            passages.Where(p => include(p.Id)).Select(p => (p.Id, p.Text));
    }

    /// <summary>When the vectors file was last written, or null when there is none.</summary>
    public static DateTime? Stamp(string folder)
    {
        return TopicVectorsFile.PathIn(folder) is { } path ? File.GetLastWriteTimeUtc(path) : null;
    }

    /// <summary>Cosine similarity of two topic vectors; 0 when either is all zeros.</summary>
    public static double Cosine(IReadOnlyList<float> a, IReadOnlyList<float> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na <= 0 || nb <= 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    private void Save(string folder, bool writeModel)
    {
        Directory.CreateDirectory(folder);
        if (writeModel)
        {
            Model!.Save(folder);
        }

        TopicVectorsFile.Write(folder, _vectors, TrainedOn);
    }

    // Removes the model and the vectors, and nothing else the folder may hold.
    private static void Clear(string folder)
    {
        foreach (var file in new[] { TopicVectorsFile.Name, TopicVectorsFile.LegacyName, "topics.tsv", "lda.zip" })
        {
            var path = Path.Combine(folder, file);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }

    // The section a passage belongs to: its id without the paragraph and sentence (…:s6:p1:t3 →
    // …:s6) or without the heading mark (…:s6:h → …:s6).
    internal static string SectionOf(string passageId)
    {
        var parts = passageId.Split(':');
        var keep = parts.Length;
        while (keep > 1 && (parts[keep - 1] == "h" || parts[keep - 1].StartsWith('p') || parts[keep - 1].StartsWith('t')))
        {
            keep--;
        }

        return string.Join(':', parts.Take(keep));
    }
}
