using KnowledgeGraph.Core.Extraction.Activities;
using KnowledgeGraph.Core.Extraction.Context;
using KnowledgeGraph.Core.Extraction.Mentions;
using KnowledgeGraph.Core.Extraction.Reading;
using KnowledgeGraph.Core.Extraction.Relations;
using KnowledgeGraph.Core.Extraction.Resolution;
using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction;

/// <summary>
/// The rule-based extractor for CPPCC documents: reads the document's own context (issuer, year),
/// then each heading and sentence in order with one finder per kind of entity, then resolves the
/// mentions into nodes and relations with evidence, and the sentences into passages.
/// </summary>
/// <remarks>
/// <para>Per unit, the finders run in this order, each seeing what the earlier ones found: dates
/// (which also fix the unit's year), places, committees (which fix the committee speaking),
/// bodies, people, topics, quoted names, initiatives, regulations, awards, activities, media
/// coverage. Then: quoted names read as initiatives elsewhere, activity nodes, the place and
/// committee hierarchy, relations between initiatives, and the graph.</para>
/// <para>Thread-safe and pure: an instance holds only read-only vocabularies; each call has its own state.</para>
/// </remarks>
public sealed class DocumentExtractor : IDocumentExtractor
{
    private readonly JiebaSegmenter _segmenter;
    private readonly Gazetteer _gazetteer;
    private readonly ExtractionOptions _options;
    private readonly PlaceFinder _places;
    private readonly CommitteeFinder _committees;
    private readonly BodyFinder _bodies;
    private readonly PersonFinder _people;
    private readonly TopicFinder _topics;
    private readonly QuotedNameReader _quotedNames;
    private readonly InitiativeFinder _initiatives;
    private readonly RegulationFinder _regulations;
    private readonly AwardFinder _awards;
    private readonly ActivityFinder _activities;
    private readonly ReportFinder _reports;
    private readonly DocumentContextReader _contextReader;

    public DocumentExtractor(JiebaSegmenter segmenter, Gazetteer gazetteer, ExtractionVocabulary vocabulary, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(vocabulary);
        _segmenter = segmenter;
        _gazetteer = gazetteer;
        _options = options ?? new ExtractionOptions();
        _places = new PlaceFinder(gazetteer, segmenter, vocabulary.Cues.Places);
        _committees = new CommitteeFinder(gazetteer, segmenter, vocabulary.Cues.Places.CommonWords);
        _bodies = new BodyFinder(vocabulary.Bodies, gazetteer);
        _people = new PersonFinder(vocabulary.Cues.People, new PersonNames(vocabulary.Cues.People, vocabulary.Surnames, segmenter, gazetteer), gazetteer);
        _topics = new TopicFinder(vocabulary.Topics);
        _quotedNames = new QuotedNameReader(vocabulary, segmenter);
        _initiatives = new InitiativeFinder(vocabulary);
        _regulations = new RegulationFinder(vocabulary.Cues.Regulations);
        _awards = new AwardFinder(vocabulary.Cues.Awards);
        _activities = new ActivityFinder(vocabulary.Cues.Activities);
        _reports = new ReportFinder(vocabulary.Cues.Reports);
        _contextReader = new DocumentContextReader(_committees, _places, gazetteer, segmenter, vocabulary.Surnames, vocabulary.Bodies);
    }

    /// <inheritdoc/>
    public DocumentGraph Extract(SourceDocument document, CancellationToken cancellationToken = default) =>
        Read(document, cancellationToken).Graph;

    /// <summary>
    /// Extracts the document's graph and keeps, for each piece of evidence, the text of the mention
    /// it points at. Never throws for odd text.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public DocumentReading Read(SourceDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = DocumentText.Read(document.Id, document.Content.Text, _segmenter, cancellationToken);
        var context = _contextReader.Read(text, document.Content.Metadata);
        var state = new ReadingState(context.Issuer);
        var findings = new DocumentFindings();
        findings.Register(context.Issuer);
        IssuingBodies.Add(context, findings, _places);
        foreach (var committee in context.NamedCommittees.Values)
        {
            findings.Register(committee);
        }

        var activities = new List<ActivityDraft>();
        var readings = new List<UnitReading>(text.Units.Count);
        foreach (var unit in text.Units)
        {
            cancellationToken.ThrowIfCancellationRequested();
            state.Enter(unit.SectionId, unit.ParagraphId);
            var reading = new UnitReading(unit, context, state, findings, activities, text);
            DateFinder.Find(reading);
            _places.Find(reading);
            _committees.Find(reading, _places);
            _bodies.Find(reading);
            _people.Find(reading);
            _topics.Find(reading);
            reading.QuotedNames = _quotedNames.Read(unit);
            _initiatives.Find(reading);
            _regulations.Find(reading);
            _awards.Find(reading);
            _activities.Find(reading);
            _reports.Find(reading);
            readings.Add(reading);
            state.PreviousUnitText = unit.Text;
        }

        InitiativeFinder.FindAgain(readings, findings);
        ActivityNodes.Add(activities, findings);
        Hierarchy.Add(findings, _gazetteer, _places);
        InitiativeRelatedness.Add(findings, _options);

        var mentionTexts = new Dictionary<Evidence, string>(EvidenceComparer.Instance);
        var nodes = EntityResolver.Resolve(findings, text, mentionTexts);
        var documentNode = DocumentNode(document, context);
        var relations = RelationBuilder.Build(findings, nodes, documentNode, context, text, mentionTexts);
        var passages = Passages.Build(readings, findings, text, nodes, _gazetteer);
        return new DocumentReading(new DocumentGraph(documentNode, nodes, relations, passages), mentionTexts);
    }

    private static Node DocumentNode(SourceDocument document, DocumentContext context)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["source"] = document.SourceName,
            ["format"] = document.Content.Format,
            ["contentHash"] = document.ContentHash,
        };
        if (context.Title is { } title)
        {
            properties["title"] = title;
        }

        if (context.Issuer is { } issuer)
        {
            properties["committee"] = issuer.Name;
        }

        if (context.IssuerName is { } issuerName)
        {
            properties["issuer"] = issuerName;
        }

        if (context.IssuerPlace is { } place)
        {
            properties["place"] = place.Id;
        }

        if (context.Publisher is { } publisher)
        {
            properties["publisher"] = publisher.Name;
        }

        if (context.Year is { } year)
        {
            properties["year"] = (long)year;
        }

        if (context.Date is { } date)
        {
            properties["date"] = date;
        }

        return new Node(document.Id, "Document", context.Name) { Properties = properties };
    }
}
