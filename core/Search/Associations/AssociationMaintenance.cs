using KnowledgeGraph.Core.Search.Topics;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace KnowledgeGraph.Core.Search.Associations;

/// <summary>What a refresh of the co-occurrence counts did.</summary>
public enum AssociationRefreshKind
{
    /// <summary>No passage was added or removed since the last refresh.</summary>
    Unchanged,

    /// <summary>The new passages were counted; removed ones were tallied as stale.</summary>
    Updated,

    /// <summary>The counts were made anew from the whole corpus.</summary>
    Recounted,
}

/// <summary>The outcome of a refresh: what was done, the passages counted, those added and removed, and the words and pairs kept.</summary>
public sealed record AssociationRefresh(AssociationRefreshKind Kind, int Passages, int Added, int Removed, int Words, int Pairs);

/// <summary>
/// Keeps the learned associations of a data folder (<c>associations/</c>) in step with its
/// passage index, the way <see cref="TopicMaintenance"/> keeps the topic model: after an ingest
/// run, the words (as the topic model reads them) and the entities of the passages added since the
/// last refresh are counted; once the passages added and removed since the counts were last made
/// from the whole corpus reach <see cref="RecountFraction"/> of it, they are made anew (a removed
/// passage's text is gone, so its counts cannot be taken back one by one). What they teach is
/// what <see cref="Provider"/> serves to queries.
/// </summary>
/// <remarks>Thread-safe: refreshes run one at a time; searches read the provider's current lists meanwhile.</remarks>
public sealed class AssociationMaintenance(AssociationProvider provider, TopicWords words)
{
    /// <summary>Share of the corpus that may change before the counts are made anew.</summary>
    public const double RecountFraction = 0.2;

    private static readonly ISet<string> Content = new HashSet<string>(PassageEntity.IdFields) { PassageFields.Text };
    private static readonly ISet<string> Entities = new HashSet<string>(PassageEntity.IdFields);

    private readonly object _gate = new();

    /// <summary>For the data folder <paramref name="dataFolder"/>, reading words as the topic model does.</summary>
    public static AssociationMaintenance For(string dataFolder, TopicWords words) =>
        new(new AssociationProvider(AssociationProvider.FolderIn(dataFolder)), words);

    /// <summary>Where the current associations are read from.</summary>
    public AssociationProvider Provider { get; } = provider ?? throw new ArgumentNullException(nameof(provider));

    /// <summary>Brings the counts up to date with the last commit of <paramref name="index"/>.</summary>
    /// <param name="index">The passage index.</param>
    /// <param name="cut">Words of passages already cut in this run (by the topic refresh), and entity ids of passages already read, taken from there instead of read and cut again, and taken out of it as they are counted.</param>
    public AssociationRefresh Refresh(PassageIndex index, PassageWordCache? cut = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(words);
        lock (_gate)
        {
            var saved = Provider.LoadCounts();
            return index.Search(searcher =>
            {
                var reader = searcher.IndexReader;
                var wordCounts = saved.Words ?? new Cooccurrence();
                // The entities' counts are kept beside the words' and read the same passages: only
                // the words' remember which (AssociationProvider loads the entities' without them).
                var entityCounts = saved.Entities ?? new Cooccurrence(rememberPassages: false);
                var byDocument = IndexedPassages.IdsByDocument(reader);
                var ids = byDocument.OfType<string>().ToList();
                var removed = wordCounts.CountMissing(ids);
                var added = ids.Count(id => !wordCounts.Counted(id));
                if (saved.Words is not null && saved.Entities is not null && added == 0 && removed == wordCounts.Stale)
                {
                    return Outcome(AssociationRefreshKind.Unchanged, wordCounts, 0, 0);
                }

                var drift = wordCounts.Passages - wordCounts.FullCountOf + added + removed;
                var recount = wordCounts.Passages == 0 || saved.Entities is null || drift >= RecountFraction * Math.Max(1, wordCounts.FullCountOf);
                if (recount)
                {
                    (wordCounts, entityCounts) = (new Cooccurrence(), new Cooccurrence(rememberPassages: false));
                }

                // A passage the topic refresh cut and whose entities it kept, or that names none, needs no stored field.
                var chunk = new Chunk(IndexedPassages.DocumentsWith(reader, PassageFields.EntityIds));
                var taken = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < byDocument.Length; i++)
                {
                    var id = byDocument[i];
                    if (id is null || wordCounts.Counted(id) || !taken.Add(id))
                    {
                        continue;
                    }

                    chunk.Add(i, id, cut?.Take(id), cut?.TakeEntities(id));
                    if (chunk.Count == IndexedPassages.StoredChunk)
                    {
                        chunk.Tally(reader, words, wordCounts, entityCounts);
                    }
                }

                chunk.Tally(reader, words, wordCounts, entityCounts);

                if (recount)
                {
                    wordCounts.FullCountOf = wordCounts.Passages;
                }
                else
                {
                    wordCounts.Stale = removed;
                }

                Provider.Save(wordCounts, entityCounts);
                return Outcome(recount ? AssociationRefreshKind.Recounted : AssociationRefreshKind.Updated, wordCounts, added, removed);
            });
        }
    }

    // Passages counted a chunk at a time: their stored fields read on every core (the entities
    // the topic refresh did not keep, and the text of a passage it did not cut), then the words and the entities
    // counted side by side, each table in the passages' order, as one thread would.
    private sealed class Chunk(bool[] withEntities)
    {
        private readonly List<int> _docs = new(IndexedPassages.StoredChunk);
        private readonly List<string> _ids = new(IndexedPassages.StoredChunk);
        private readonly List<IReadOnlyList<string>?> _known = new(IndexedPassages.StoredChunk);
        private readonly List<IReadOnlyList<string>?> _knownEntities = new(IndexedPassages.StoredChunk);
        private readonly List<int> _toRead = new(IndexedPassages.StoredChunk);

        public int Count => _docs.Count;

        public void Add(int doc, string id, IReadOnlyList<string>? known, IReadOnlyList<string>? knownEntities)
        {
            _docs.Add(doc);
            _ids.Add(id);
            _known.Add(known);
            _knownEntities.Add(knownEntities);
        }

        public void Tally(Lucene.Net.Index.IndexReader reader, TopicWords words, Cooccurrence wordCounts, Cooccurrence entityCounts)
        {
            var read = new LuceneDocument?[_docs.Count];
            _toRead.Clear();
            for (var i = 0; i < _docs.Count; i++)
            {
                if (_known[i] is null || (withEntities[_docs[i]] && _knownEntities[i] is null))
                {
                    _toRead.Add(i);
                }
            }

            var fields = _toRead.TrueForAll(i => _known[i] is not null) ? Entities : Content;
            var stored = IndexedPassages.ReadStored(reader, _toRead.ConvertAll(i => _docs[i]), fields);
            for (var r = 0; r < stored.Length; r++)
            {
                read[_toRead[r]] = stored[r];
            }

            Parallel.Invoke(
                () =>
                {
                    for (var i = 0; i < read.Length; i++)
                    {
                        wordCounts.Add(_ids[i], _known[i] ?? words.Of(read[i]!.Get(PassageFields.Text) ?? ""));
                    }
                },
                () =>
                {
                    for (var i = 0; i < read.Length; i++)
                    {
                        entityCounts.Add(_ids[i], _knownEntities[i] ?? (read[i] is { } passage ? PassageEntity.IdsOf(passage) : []));
                    }
                });
            _docs.Clear();
            _ids.Clear();
            _known.Clear();
            _knownEntities.Clear();
        }
    }

    private static AssociationRefresh Outcome(AssociationRefreshKind kind, Cooccurrence counts, int added, int removed) =>
        new(kind, counts.Passages - counts.Stale, added, removed, counts.Vocabulary, counts.PairCount);
}
