using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Search.Topics;

/// <summary>
/// Keeps the topic index of a data folder in step with its passage index: after an ingest run,
/// trains the model when there is none or the corpus changed enough, otherwise gives new passages
/// their vectors (<see cref="TopicIndex.Refresh(string, ITopicCorpus, TopicWords, TopicModelOptions?, PassageWordCache?)"/>).
/// </summary>
public sealed class TopicMaintenance
{
    private readonly TopicWords _words;
    private readonly TopicModelOptions _options;
    private readonly object _gate = new();

    public TopicMaintenance(TopicIndexProvider provider, TopicWords words, TopicModelOptions? options = null)
    {
        Provider = provider ?? throw new ArgumentNullException(nameof(provider));
        _words = words ?? throw new ArgumentNullException(nameof(words));
        _options = options ?? new TopicModelOptions();
    }

    /// <summary>With jieba's stop words, for the data folder <paramref name="dataFolder"/>.</summary>
    public static TopicMaintenance For(string dataFolder, JiebaSegmenter segmenter, TopicModelOptions? options = null) =>
        new(new TopicIndexProvider(TopicIndex.FolderIn(dataFolder)), TopicWords.Load(segmenter), options);

    /// <summary>Where the current topic index is read from.</summary>
    public TopicIndexProvider Provider { get; }

    /// <summary>Brings the topic index up to date with the last commit of <paramref name="index"/>.</summary>
    /// <param name="index">The passage index.</param>
    /// <param name="cut">When given, keeps the words of the passages cut and the entity ids of those read, for the association refresh of the same run.</param>
    public TopicRefresh Refresh(PassageIndex index, PassageWordCache? cut = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        lock (_gate)
        {
            // Read as it goes, one pass at a time: the corpus may not fit in memory.
            var (topics, refresh) = index.Search(searcher => TopicIndex.Refresh(Provider.Folder, IndexedPassages.Corpus(searcher.IndexReader, cut), _words, _options, cut));
            Provider.Set(topics);
            return refresh;
        }
    }
}
