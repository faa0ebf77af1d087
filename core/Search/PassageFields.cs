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

    /// <summary>Words as Lucene's SmartCn analyzer cuts them (<see cref="Analysis.SmartCnAnalyzer"/>), a second segmentation beside jieba's.</summary>
    public const string SmartCn = "smartcn";

    /// <summary>The document's title, source file name and date; stored with every passage for display.</summary>
    public const string Title = "title";

    public const string Source = "source";

    public const string Date = "date";

    /// <summary>Indexed for filters, stored, and with doc values for facet counts (as are city and province).</summary>
    public const string Committee = "committee";

    public const string City = "city";

    public const string Province = "province";

    /// <summary>Indexed as a number for range queries, and stored.</summary>
    public const string Year = "year";

    /// <summary>
    /// One indexed value per entity mentioned. Stored only for an id without a node (the packs of
    /// <see cref="Entities"/> hold the others): read a passage's ids with <c>PassageEntity.IdsOf</c>.
    /// </summary>
    public const string EntityIds = "entityId";

    /// <summary>One stored value per entity mentioned: id, label and name (<see cref="PassageEntity"/>).</summary>
    public const string Entities = "entity";

    /// <summary>
    /// One indexed value per name and alias of each entity mentioned, as <c>name␟id</c> (U+001F
    /// between them; quotation marks dropped from the name): the lexicon a query's words are
    /// linked through, read from the term dictionary without touching the graph.
    /// </summary>
    public const string EntityNames = "entityName";

    /// <summary>One value per label of the entities mentioned; with doc values for facet counts.</summary>
    public const string EntityTypes = "entityType";

    /// <summary>Offsets of the sentence in the original text; stored.</summary>
    public const string Start = "start";

    public const string End = "end";
}
