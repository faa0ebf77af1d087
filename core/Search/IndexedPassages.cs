using Lucene.Net.Index;
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
            document.GetValues(PassageFields.EntityIds) ?? []);
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

    /// <summary>The passages of <paramref name="reader"/> as a topic corpus: each pass reads the stored fields it needs, one document at a time.</summary>
    public static Topics.ITopicCorpus Corpus(IndexReader reader) => new ReaderCorpus(reader);

    private sealed class ReaderCorpus(IndexReader reader) : Topics.ITopicCorpus
    {
        private static readonly ISet<string> IdOnly = new HashSet<string> { PassageFields.Id };
        private static readonly ISet<string> IdAndText = new HashSet<string> { PassageFields.Id, PassageFields.Text };

        public IEnumerable<string> Ids() => Live().Select(i => reader.Document(i, IdOnly).Get(PassageFields.Id) ?? "");

        public IEnumerable<(string Id, string Text)> Texts(Func<string, bool> include)
        {
            foreach (var i in Live())
            {
                var id = reader.Document(i, IdOnly).Get(PassageFields.Id) ?? "";
                if (include(id))
                {
                    yield return (id, reader.Document(i, IdAndText).Get(PassageFields.Text) ?? "");
                }
            }
        }

        private IEnumerable<int> Live()
        {
            var liveDocs = MultiFields.GetLiveDocs(reader);
            for (var i = 0; i < reader.MaxDoc; i++)
            {
                if (liveDocs is null || liveDocs.Get(i))
                {
                    yield return i;
                }
            }
        }
    }
}
