namespace KnowledgeGraph.Core.Search;

/// <summary>The fields of a passage in the full-text index.</summary>
public static class PassageFields
{
    /// <summary>The passage (sentence) id; stored, not analysed.</summary>
    public const string Id = "id";

    public const string DocumentId = "documentId";

    public const string SectionId = "sectionId";

    /// <summary>The sentence as repaired; stored, not indexed (the words and bigrams fields index it).</summary>
    public const string Text = "text";

    /// <summary>jieba words in search mode.</summary>
    public const string Words = "words";

    /// <summary>CJK bigrams, for recall.</summary>
    public const string Bigrams = "bigrams";

    public const string Committee = "committee";

    public const string City = "city";

    public const string Province = "province";

    /// <summary>Indexed as a number for range queries, and stored.</summary>
    public const string Year = "year";

    /// <summary>One value per entity mentioned.</summary>
    public const string EntityIds = "entityId";

    /// <summary>One value per label of the entities mentioned.</summary>
    public const string EntityTypes = "entityType";

    /// <summary>Offsets of the sentence in the original text; stored.</summary>
    public const string Start = "start";

    public const string End = "end";
}
