using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Ingestion;

/// <summary>What an ingest run has done so far, reported as progress after every file.</summary>
internal sealed class IngestTally(int totalDocuments, long totalBytes, IProgress<IngestProgress>? progress)
{
    private int _expected = totalDocuments;
    private long _expectedBytes = totalBytes;
    private int _done;
    private long _bytes;
    private long _entities;

    public int Created { get; private set; }

    public int Changed { get; private set; }

    public int Unchanged { get; private set; }

    public List<IngestFailure> Failures { get; } = [];

    public List<IngestDuplicate> Duplicates { get; } = [];

    public Dictionary<string, int> EntitiesByLabel { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> RelationsByType { get; } = new(StringComparer.Ordinal);

    public long TotalBytes => _expectedBytes;

    /// <summary>More files joined the run (duplicates taking the place of a document that went).</summary>
    public void Expect(int documents, long bytes)
    {
        _expected += documents;
        _expectedBytes += bytes;
    }

    public void Stored(string path, long bytes, bool isNew, DocumentGraph graph)
    {
        if (isNew)
        {
            Created++;
        }
        else
        {
            Changed++;
        }

        _entities += graph.Nodes.Count;
        Count(EntitiesByLabel, graph.Nodes.Select(n => n.Label));
        Count(RelationsByType, graph.Relations.Select(r => r.Type));
        Report(path, bytes);
    }

    public void Same(string path, long bytes)
    {
        Unchanged++;
        Report(path, bytes);
    }

    public void Duplicate(IngestDuplicate duplicate, long bytes)
    {
        Duplicates.Add(duplicate);
        Report(duplicate.Path, bytes);
    }

    /// <summary>A file left for later in the run (a duplicate whose original went): counted then.</summary>
    public void Deferred(string path, long bytes) => Report(path, bytes);

    public void Failed(string path, long bytes, string reason)
    {
        Failures.Add(new IngestFailure(path, reason));
        Report(path, bytes);
    }

    private void Report(string path, long bytes)
    {
        _done++;
        _bytes += bytes;
        progress?.Report(new IngestProgress(_done, _expected, _bytes, _expectedBytes, _entities, path));
    }

    private static void Count(Dictionary<string, int> counts, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }
}
