using KnowledgeGraph.Core.Graph;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// The Lucene documents of one document's passages, with the fields <see cref="PassageIndex"/>
/// describes. What the passages repeat is worked out once per document: the document's title,
/// source and date, and of each entity mentioned its stored pack, its name terms and its label.
/// An entity is mentioned by many passages of its document, and building its names again for each
/// (quotation marks dropped, distinct, joined with the id) was most of the time spent making the
/// Lucene documents, about a twentieth of the index stage.
/// </summary>
/// <remarks>Not thread-safe: one per document staged.</remarks>
internal sealed class PassageDocuments
{
    private readonly Dictionary<string, Node> _nodes;
    private readonly Dictionary<string, MentionedEntity> _mentioned = new(StringComparer.Ordinal);
    private readonly HashSet<string> _passageIds = new(StringComparer.Ordinal);
    private readonly List<MentionedEntity> _passageEntities = [];
    private readonly List<string> _passageLabels = [];
    private readonly string? _title;
    private readonly string? _source;
    private readonly string? _date;

    /// <summary>Ready to make the Lucene documents of <paramref name="graph"/>'s passages.</summary>
    public PassageDocuments(DocumentGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _nodes = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        _title = Text(graph.Document, "title") ?? graph.Document.Name;
        _source = Text(graph.Document, "source");
        _date = Text(graph.Document, "date");
    }

    /// <summary>The Lucene document of <paramref name="passage"/>, one of the graph's passages.</summary>
    public LuceneDocument ToLucene(Passage passage)
    {
        var document = new LuceneDocument
        {
            new KeywordField(PassageFields.Id, passage.Id, Field.Store.YES),
            new KeywordField(PassageFields.DocumentId, passage.DocumentId, Field.Store.YES),
            new KeywordField(PassageFields.SectionId, passage.SectionId, Field.Store.YES),
            new StoredField(PassageFields.Text, passage.Text),
            new TextField(PassageFields.Words, passage.Text, Field.Store.NO),
            new TextField(PassageFields.Bigrams, passage.Text, Field.Store.NO),
            new Field(PassageFields.SmartCn, passage.Text, TermsAndFrequencies),
            new StoredField(PassageFields.Start, passage.Start),
            new StoredField(PassageFields.End, passage.End),
        };
        AddStored(document, PassageFields.Title, _title);
        AddStored(document, PassageFields.Source, _source);
        AddStored(document, PassageFields.Date, _date);
        AddFacet(document, PassageFields.Committee, passage.Committee);
        AddFacet(document, PassageFields.City, passage.City);
        AddFacet(document, PassageFields.Province, passage.Province);
        if (passage.Year is { } year)
        {
            document.Add(new YearField(PassageFields.Year, year, Field.Store.YES));
            document.Add(new NumericDocValuesField(PassageFields.Year, year));
        }

        AddEntities(document, passage.EntityIds);
        return document;
    }

    // Each id once, in order of first mention; then each label of those with a node once, in the
    // same order.
    private void AddEntities(LuceneDocument document, IReadOnlyList<string> ids)
    {
        _passageIds.Clear();
        _passageEntities.Clear();
        _passageLabels.Clear();
        foreach (var id in ids)
        {
            if (!_passageIds.Add(id))
            {
                continue;
            }

            var entity = Mentioned(id);
            // The id is stored once: in its entity's pack, or alone when there is no node for it.
            document.Add(new KeywordField(PassageFields.EntityIds, id, entity is null ? Field.Store.YES : Field.Store.NO));
            if (entity is null)
            {
                continue;
            }

            document.Add(new StoredField(PassageFields.Entities, entity.Pack));
            foreach (var term in entity.NameTerms)
            {
                document.Add(new KeywordField(PassageFields.EntityNames, term, Field.Store.NO));
            }

            if (entity.Label is { } label && !_passageLabels.Contains(label, StringComparer.Ordinal))
            {
                _passageLabels.Add(label);
                _passageEntities.Add(entity);
            }
        }

        foreach (var entity in _passageEntities)
        {
            document.Add(new KeywordField(PassageFields.EntityTypes, entity.Label!, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(PassageFields.EntityTypes, entity.LabelBytes!));
        }
    }

    private MentionedEntity? Mentioned(string id)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            return null;
        }

        if (!_mentioned.TryGetValue(id, out var entity))
        {
            entity = new MentionedEntity(node);
            _mentioned.Add(id, entity);
        }

        return entity;
    }

    // An analysed field whose terms are matched one by one, never as a phrase: frequencies (for
    // BM25) but no positions, which would be a large part of the index.
    private static readonly FieldType TermsAndFrequencies = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static string? Text(Node node, string key) => node.Properties.GetValueOrDefault(key) as string;

    private static void AddStored(LuceneDocument document, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            document.Add(new StoredField(field, value));
        }
    }

    // Indexed for filtering, stored for display, and with doc values for facet counts.
    private static void AddFacet(LuceneDocument document, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            document.Add(new KeywordField(field, value, Field.Store.YES));
            document.Add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    /// <summary>
    /// What the index holds of an entity in every passage that mentions it. The label's bytes are
    /// shared by those passages' doc values fields: Lucene copies them when it adds the value.
    /// </summary>
    private sealed class MentionedEntity(Node node)
    {
        public string Pack { get; } = PassageEntity.Pack(node);

        public string[] NameTerms { get; } = EntityLexicon.NamesOf(node).Select(name => EntityLexicon.Term(name, node.Id)).ToArray();

        public string? Label { get; } = node.Label;

        public BytesRef? LabelBytes { get; } = node.Label is null ? null : new BytesRef(node.Label);
    }
}
