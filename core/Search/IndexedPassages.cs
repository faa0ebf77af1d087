using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace KnowledgeGraph.Core.Search;

/// <summary>A passage as the index stores it.</summary>
public sealed record IndexedPassage(
    string Id,
    string DocumentId,
    string Text,
    string? Committee,
    string? City,
    string? Province,
    int? Year,
    IReadOnlyList<string> EntityIds)
{
    /// <summary>Reads the stored fields of a Lucene document of the passage index.</summary>
    public static IndexedPassage From(LuceneDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new IndexedPassage(
            document.Get(PassageFields.Id) ?? "",
            document.Get(PassageFields.DocumentId) ?? "",
            document.Get(PassageFields.Text) ?? "",
            document.Get(PassageFields.Committee),
            document.Get(PassageFields.City),
            document.Get(PassageFields.Province),
            document.GetField(PassageFields.Year)?.GetInt32Value(),
            PassageEntity.IdsOf(document));
    }
}

/// <summary>Reads every passage of a passage index.</summary>
public static class IndexedPassages
{
    /// <summary>
    /// The live passages of <paramref name="reader"/>, in id order (so that whatever is computed
    /// from them does not depend on the order they were written in).
    /// </summary>
    public static IReadOnlyList<IndexedPassage> ReadAll(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var passages = new List<IndexedPassage>(reader.NumDocs);
        for (var i = 0; i < reader.MaxDoc; i++)
        {
            if (liveDocs is null || liveDocs.Get(i))
            {
                passages.Add(IndexedPassage.From(reader.Document(i)));
            }
        }

        passages.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return passages;
    }

    /// <summary>
    /// The id of every live passage of <paramref name="reader"/>, by Lucene document number (null
    /// for a deleted one), read from the terms of the id field: no stored field is decompressed.
    /// </summary>
    public static string?[] IdsByDocument(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var ids = new string?[reader.MaxDoc];
        string? id = null;
        WalkPostings(reader, PassageFields.Id, term => id = term.Utf8ToString(), doc => ids[doc] = id);
        return ids;
    }

    /// <summary>
    /// Which documents of <paramref name="reader"/> hold at least one term of <paramref name="field"/>,
    /// by document number, read from the field's postings: no stored field is decompressed.
    /// </summary>
    public static bool[] DocumentsWith(IndexReader reader, string field)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var with = new bool[reader.MaxDoc];
        WalkPostings(reader, field, _ => { }, doc => with[doc] = true);
        return with;
    }

    // Every term of the field, then each live document that holds it.
    private static void WalkPostings(IndexReader reader, string field, Action<BytesRef> term, Action<int> document)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return;
        }

        var liveDocs = MultiFields.GetLiveDocs(reader);
        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            term(termsEnum.Term);
            docs = termsEnum.Docs(liveDocs, docs, DocsFlags.NONE);
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                document(doc);
            }
        }
    }

    /// <summary>The passages of <paramref name="reader"/> as a topic corpus: ids from the terms, texts read a chunk of documents at a time on every core.</summary>
    /// <param name="reader">The index reader.</param>
    /// <param name="entitiesInto">When given, the entity ids of each passage read are kept in it too (read from the same stored block as the text).</param>
    public static Topics.ITopicCorpus Corpus(IndexReader reader, Topics.PassageWordCache? entitiesInto = null) => new ReaderCorpus(reader, entitiesInto);

    /// <summary>Documents read at once by <see cref="ReadStored"/>'s callers: a few hundred kilobytes of text.</summary>
    internal const int StoredChunk = 512;

    /// <summary>
    /// The stored <paramref name="fields"/> of the documents <paramref name="docs"/>, in that
    /// order, read on every core. A document's stored fields are decompressed from the start of
    /// their block each time one is read (some 30 passages share a block), so reading a corpus
    /// is a refresh's largest cost after its own work; the reader is thread-safe.
    /// </summary>
    internal static LuceneDocument[] ReadStored(IndexReader reader, IReadOnlyList<int> docs, ISet<string> fields)
    {
        var read = new LuceneDocument[docs.Count];
        // One run of neighbouring documents per core, each read forwards.
        var parts = Math.Max(1, Math.Min(Environment.ProcessorCount, docs.Count / 32));
        Parallel.For(0, parts, part =>
        {
            for (var i = docs.Count * part / parts; i < docs.Count * (part + 1) / parts; i++)
            {
                read[i] = reader.Document(docs[i], fields);
            }
        });

        return read;
    }

    private sealed class ReaderCorpus(IndexReader reader, Topics.PassageWordCache? entitiesInto) : Topics.ITopicCorpus
    {
        private static readonly ISet<string> TextOnly = new HashSet<string> { PassageFields.Text };
        private static readonly ISet<string> TextAndEntities = new HashSet<string>(PassageEntity.IdFields) { PassageFields.Text };
        private string?[]? _ids;

        public IEnumerable<string> Ids() => Known().Select(p => p.Id);

        public IEnumerable<(string Id, string Text)> Texts(Func<string, bool> include)
        {
            var docs = new List<int>(StoredChunk);
            var ids = new List<string>(StoredChunk);
            foreach (var (doc, id) in Known())
            {
                if (include(id))
                {
                    docs.Add(doc);
                    ids.Add(id);
                }

                if (docs.Count == StoredChunk)
                {
                    foreach (var passage in Read(docs, ids))
                    {
                        yield return passage;
                    }
                }
            }

            foreach (var passage in Read(docs, ids))
            {
                yield return passage;
            }
        }

        private List<(string Id, string Text)> Read(List<int> docs, List<string> ids)
        {
            var read = ReadStored(reader, docs, entitiesInto is null ? TextOnly : TextAndEntities);
            var texts = new List<(string Id, string Text)>(read.Length);
            for (var i = 0; i < read.Length; i++)
            {
                texts.Add((ids[i], read[i].Get(PassageFields.Text) ?? ""));
                entitiesInto?.KeepEntities(ids[i], PassageEntity.IdsOf(read[i]));
            }

            docs.Clear();
            ids.Clear();
            return texts;
        }

        private IEnumerable<(int Doc, string Id)> Known()
        {
            _ids ??= IdsByDocument(reader);
            for (var i = 0; i < _ids.Length; i++)
            {
                if (_ids[i] is { } id)
                {
                    yield return (i, id);
                }
            }
        }
    }
}
