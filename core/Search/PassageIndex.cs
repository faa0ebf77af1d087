using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Segmentation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// The Lucene index of passages: one Lucene document per sentence, with its document, section,
/// committee, city, province, year and the ids, names and labels of the entities it mentions,
/// its text in a words field (jieba, search mode), a bigrams field and a SmartCn field.
/// </summary>
/// <remarks>
/// <para>A document's passages are replaced as a whole and committed before the call returns, so
/// a process killed at any moment leaves the index at its last commit. One writer per index folder
/// (Lucene's write lock); any number of readers.</para>
/// <para>Searches (<see cref="Search{T}"/>) see the last commit: a commit refreshes the searcher.</para>
/// <para>The fields have a format version, kept in the commit. An index written in an older format
/// is emptied when opened (<see cref="WasReset"/>), so that the ingest job fills it anew.</para>
/// <para>Scoring is BM25 (<see cref="Similarity"/>), the same at indexing and at search.</para>
/// </remarks>
public sealed class PassageIndex : IDisposable
{
    /// <summary>Raised whenever the fields change shape; older indexes are rebuilt.</summary>
    /// <remarks>4: the SmartCn field, the entity names field, BM25 norms. 5: the SmartCn field
    /// without positions (only its terms are ever looked up), entity labels not stored (read from
    /// their doc values and terms only).</remarks>
    public const string FormatVersion = "5";

    private const string FormatKey = "passageFormat";

    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    // Staging holds it shared (the writer takes documents from several threads at once), a
    // commit or the disposal alone.
    private readonly ReaderWriterLockSlim _gate = new();

    private PassageIndex(FSDirectory directory, IndexWriter writer, bool wasReset)
    {
        _directory = directory;
        _writer = writer;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, new Bm25Searchers());
        WasReset = wasReset;
    }

    /// <summary>
    /// True when the index held passages in an older format and was emptied on open; the
    /// documents it held must be ingested again.
    /// </summary>
    public bool WasReset { get; }

    /// <summary>The index folder inside a data folder.</summary>
    public static string FolderIn(string dataFolder) => Path.Combine(dataFolder, "index");

    /// <summary>Opens (creating when missing) the index in <paramref name="folder"/> for writing.</summary>
    /// <param name="folder">The index folder.</param>
    /// <param name="segmenter">The segmenter of the words field.</param>
    /// <param name="mapFiles">
    /// True (the default, for a server) to map the index files into memory, the fastest for
    /// searches; false to read them by ordinary file reads, for a process that mostly writes and
    /// reads the corpus once through (the ingest command): mapped pages it read count in its
    /// resident memory (0.23 GB at 100 MB), pages read through the file cache do not.
    /// </param>
    public static PassageIndex Open(string folder, JiebaSegmenter segmenter, bool mapFiles = true)
    {
        System.IO.Directory.CreateDirectory(folder);
        FSDirectory directory = mapFiles ? FSDirectory.Open(folder) : new BlockReadDirectory(folder);
        ForgetUnfinishedFirstCommit(directory);
        var stale = DirectoryReader.IndexExists(directory) && StoredFormat(directory) != FormatVersion;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, CreateAnalyzer(segmenter))
        {
            OpenMode = stale ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            Similarity = Similarity,
        };
        var writer = new IndexWriter(directory, config);
        writer.SetCommitData(new Dictionary<string, string> { [FormatKey] = FormatVersion });

        // A new (or never committed) index gets an empty first commit, so that it can be read at
        // once: by check, or after an ingest killed before its first commit.
        if (stale || !DirectoryReader.IndexExists(directory))
        {
            writer.Commit();
        }

        return new PassageIndex(directory, writer, stale);
    }

    // A process killed while it wrote the index's first commit (the empty one above) leaves a
    // segments file cut short and no segment: nothing was ever stored in it, and Lucene, which has
    // no earlier commit to fall back on, cannot open it. Its segments files go, and the index is
    // made anew. An index that holds any segment is left to Lucene.
    private static void ForgetUnfinishedFirstCommit(FSDirectory directory)
    {
        var files = directory.ListAll();
        if (!DirectoryReader.IndexExists(directory) || files.Any(f => !f.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal) && f != IndexWriter.WRITE_LOCK_NAME))
        {
            return;
        }

        try
        {
            new SegmentInfos().Read(directory);
        }
        catch (IOException)
        {
            foreach (var file in files.Where(f => f.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal)))
            {
                directory.DeleteFile(file);
            }
        }
    }

    private static string? StoredFormat(FSDirectory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.UserData.TryGetValue(FormatKey, out var format) ? format : null;
    }

    /// <summary>How passages are scored: BM25 with Lucene's defaults (k1 1.2, b 0.75).</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>The analyzers by field: jieba words (search mode), bigrams and SmartCn words.</summary>
    public static Analyzer CreateAnalyzer(JiebaSegmenter segmenter) =>
        new PerFieldAnalyzerWrapper(
            new JiebaAnalyzer(segmenter, SegmentMode.Search),
            new Dictionary<string, Analyzer>
            {
                [PassageFields.Bigrams] = new CjkBigramAnalyzer(),
                [PassageFields.SmartCn] = new SmartCnAnalyzer(),
            });

    /// <summary>Replaces the passages of <paramref name="graph"/>'s document and commits.</summary>
    public void ReplaceDocument(DocumentGraph graph)
    {
        Stage(graph);
        Commit();
    }

    /// <summary>Removes a document's passages and commits.</summary>
    public void DeleteDocument(string documentId)
    {
        StageDelete(documentId);
        Commit();
    }

    /// <summary>
    /// Replaces the passages of <paramref name="graph"/>'s document, visible to readers and
    /// durable only after the next <see cref="Commit"/>.
    /// </summary>
    /// <remarks>
    /// Thread-safe, and parallel: each calling thread analyses its own document's passages (the
    /// index's costliest work) into a segment of its own, so that two threads keep two cores
    /// busy. Documents staged from several threads may be numbered in the index in any order.
    /// </remarks>
    public void Stage(DocumentGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var passages = new PassageDocuments(graph);
        var documents = new List<LuceneDocument>(graph.Passages.Count);
        foreach (var passage in graph.Passages)
        {
            documents.Add(passages.ToLucene(passage));
        }

        _gate.EnterReadLock();
        try
        {
            // The old passages go and the new come in one step.
            _writer.UpdateDocuments(new Term(PassageFields.DocumentId, graph.Document.Id), documents);
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    /// <summary>Removes a document's passages at the next <see cref="Commit"/>.</summary>
    public void StageDelete(string documentId)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        _gate.EnterReadLock();
        try
        {
            _writer.DeleteDocuments(new Term(PassageFields.DocumentId, documentId));
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    /// <summary>Makes everything staged durable and visible, atomically.</summary>
    public void Commit()
    {
        _gate.EnterWriteLock();
        try
        {
            _writer.Commit();
        }
        finally
        {
            _gate.ExitWriteLock();
        }

        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>
    /// Merges the index into one segment and commits: each segment repeats the terms it shares
    /// with the others (an index filled by several threads has many), so one is smaller. A pass
    /// over the whole index: for the end of a large ingest, not for every upload.
    /// </summary>
    public void Compact()
    {
        _gate.EnterWriteLock();
        try
        {
            _writer.ForceMerge(1);
            _writer.Commit();
        }
        finally
        {
            _gate.ExitWriteLock();
        }

        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Runs <paramref name="search"/> on a searcher over the last commit.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// The version of what searches see: it changes with every commit that changed something (an
    /// ingest, an upload, a removal), so what is computed from the index, or from the graph the
    /// same ingest writes, can be kept until it changes.
    /// </summary>
    public long Version => Search(searcher => searcher.IndexReader is DirectoryReader reader ? reader.Version : 0);

    /// <summary>Term frequencies of the current reader, remembered until the next commit.</summary>
    public TermStatistics Statistics { get; } = new();

    /// <summary>The postings of common words and phrases, read into arrays until the next commit (<see cref="Search.CommonPostings"/>).</summary>
    public CommonPostings CommonPostings { get; } = new();

    /// <summary>Ids of the documents that have passages in the last commit.</summary>
    public IReadOnlySet<string> DocumentIds()
    {
        using var reader = DirectoryReader.Open(_directory);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, PassageFields.DocumentId);
        if (terms is null)
        {
            return ids;
        }

        var liveDocs = MultiFields.GetLiveDocs(reader);
        var iterator = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (iterator.MoveNext())
        {
            docs = iterator.Docs(liveDocs, docs, DocsFlags.NONE);
            if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                ids.Add(iterator.Term.Utf8ToString());
            }
        }

        return ids;
    }

    /// <summary>Number of passages in the last commit.</summary>
    public int Count()
    {
        using var reader = DirectoryReader.Open(_directory);
        return reader.NumDocs;
    }

    public void Dispose()
    {
        _gate.EnterWriteLock();
        try
        {
            _searchers.Dispose();
            _writer.Dispose();
            _directory.Dispose();
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    /// <summary>Searchers that score with <see cref="Similarity"/>.</summary>
    private sealed class Bm25Searchers : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
