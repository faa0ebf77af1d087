using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Segmentation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// The Lucene index of passages: one Lucene document per sentence, with its document, section,
/// committee, city, province, year and the ids and labels of the entities it mentions, in a
/// words field (jieba, search mode) and a bigrams field.
/// </summary>
/// <remarks>
/// A document's passages are replaced as a whole and committed before the call returns, so a
/// process killed at any moment leaves the index at its last commit. One writer per index folder
/// (Lucene's write lock); any number of readers.
/// </remarks>
public sealed class PassageIndex : IDisposable
{
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly object _gate = new();

    private PassageIndex(FSDirectory directory, IndexWriter writer)
    {
        _directory = directory;
        _writer = writer;
    }

    /// <summary>The index folder inside a data folder.</summary>
    public static string FolderIn(string dataFolder) => Path.Combine(dataFolder, "index");

    /// <summary>Opens (creating when missing) the index in <paramref name="folder"/> for writing.</summary>
    public static PassageIndex Open(string folder, JiebaSegmenter segmenter)
    {
        System.IO.Directory.CreateDirectory(folder);
        var directory = FSDirectory.Open(folder);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, CreateAnalyzer(segmenter))
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
        };
        return new PassageIndex(directory, new IndexWriter(directory, config));
    }

    /// <summary>The analyzers by field: jieba words (search mode) and bigrams.</summary>
    public static Analyzer CreateAnalyzer(JiebaSegmenter segmenter) =>
        new PerFieldAnalyzerWrapper(
            new JiebaAnalyzer(segmenter, SegmentMode.Search),
            new Dictionary<string, Analyzer> { [PassageFields.Bigrams] = new CjkBigramAnalyzer() });

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
    public void Stage(DocumentGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var labels = graph.Nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
        var documents = graph.Passages.Select(p => ToLucene(p, labels)).ToList();
        lock (_gate)
        {
            _writer.DeleteDocuments(new Term(PassageFields.DocumentId, graph.Document.Id));
            _writer.AddDocuments(documents);
        }
    }

    /// <summary>Removes a document's passages at the next <see cref="Commit"/>.</summary>
    public void StageDelete(string documentId)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        lock (_gate)
        {
            _writer.DeleteDocuments(new Term(PassageFields.DocumentId, documentId));
        }
    }

    /// <summary>Makes everything staged durable and visible, atomically.</summary>
    public void Commit()
    {
        lock (_gate)
        {
            _writer.Commit();
        }
    }

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
        lock (_gate)
        {
            _writer.Dispose();
            _directory.Dispose();
        }
    }

    private static LuceneDocument ToLucene(Passage passage, Dictionary<string, string> labels)
    {
        var document = new LuceneDocument
        {
            new StringField(PassageFields.Id, passage.Id, Field.Store.YES),
            new StringField(PassageFields.DocumentId, passage.DocumentId, Field.Store.YES),
            new StringField(PassageFields.SectionId, passage.SectionId, Field.Store.YES),
            new StoredField(PassageFields.Text, passage.Text),
            new TextField(PassageFields.Words, passage.Text, Field.Store.NO),
            new TextField(PassageFields.Bigrams, passage.Text, Field.Store.NO),
            new StoredField(PassageFields.Start, passage.Start),
            new StoredField(PassageFields.End, passage.End),
        };
        AddOptional(document, PassageFields.Committee, passage.Committee);
        AddOptional(document, PassageFields.City, passage.City);
        AddOptional(document, PassageFields.Province, passage.Province);
        if (passage.Year is { } year)
        {
            document.Add(new Int32Field(PassageFields.Year, year, Field.Store.YES));
        }

        foreach (var id in passage.EntityIds.Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(PassageFields.EntityIds, id, Field.Store.YES));
        }

        foreach (var label in passage.EntityIds.Select(id => labels.GetValueOrDefault(id)).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(PassageFields.EntityTypes, label, Field.Store.YES));
        }

        return document;
    }

    private static void AddOptional(LuceneDocument document, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            document.Add(new StringField(field, value, Field.Store.YES));
        }
    }
}
