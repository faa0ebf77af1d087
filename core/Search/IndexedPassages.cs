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
}
