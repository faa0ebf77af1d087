namespace KnowledgeGraph.Core.Search.Topics;

/// <summary>
/// The current topic index of a data folder: loaded on first use, and loaded again when the
/// files change (an ingest in this process or another retrained the model or added passages).
/// </summary>
/// <remarks>Thread-safe. A folder that cannot be read gives <see cref="TopicIndex.Empty"/>: search then does without topics.</remarks>
public sealed class TopicIndexProvider(string folder)
{
    private readonly object _gate = new();
    private TopicIndex _current = TopicIndex.Empty;
    private DateTime? _stamp;

    /// <summary>The folder the topic index lives in.</summary>
    public string Folder { get; } = folder;

    /// <summary>The topic index as the files are now.</summary>
    public TopicIndex Current
    {
        get
        {
            var stamp = TopicIndex.Stamp(Folder);
            lock (_gate)
            {
                if (stamp != _stamp)
                {
                    try
                    {
                        _current = TopicIndex.Load(Folder);
                    }
                    catch (Exception e) when (e is IOException or InvalidDataException or FormatException or UnauthorizedAccessException)
                    {
                        _current = TopicIndex.Empty;
                    }

                    _stamp = stamp;
                }

                return _current;
            }
        }
    }

    /// <summary>Takes <paramref name="index"/> as current (after this process refreshed it).</summary>
    public void Set(TopicIndex index)
    {
        lock (_gate)
        {
            _current = index;
            _stamp = TopicIndex.Stamp(Folder);
        }
    }
}
