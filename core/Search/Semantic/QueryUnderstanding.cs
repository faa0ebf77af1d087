using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Search.Associations;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeGraph.Core.Search.Semantic;

/// <summary>How a vocabulary term came into the query.</summary>
public enum ExpansionRelation
{
    /// <summary>Another way of saying a topic the query names (民企 for 民营经济).</summary>
    Synonym,

    /// <summary>A topic under a group the query names (乡村振兴 under 民生保障).</summary>
    Narrower,

    /// <summary>The group above a topic the query names.</summary>
    Broader,
}

/// <summary>A term added to the query for one of its concepts, with its strength (below 1, the strength of the concept's own words).</summary>
/// <param name="Term">The word searched for.</param>
/// <param name="Weight">Its strength, 0 to 1: how much a passage holding it counts as holding the concept.</param>
/// <param name="Concept">The concept of the query it stands for.</param>
/// <param name="Source">Where it comes from.</param>
/// <param name="Topic">For the vocabulary: the topic named.</param>
/// <param name="Relation">For the vocabulary: how the term relates to that topic.</param>
public sealed record ExpansionTerm(string Term, double Weight, string Concept, AssociateSource Source, string? Topic = null, ExpansionRelation? Relation = null);

/// <summary>An entity that a part of the query names, found in the index's lexicon of names.</summary>
/// <param name="Id">Its node id.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">Its label.</param>
/// <param name="Matched">The part of the query that names it.</param>
public sealed record LinkedEntity(string Id, string Name, string Type, string Matched);

/// <summary>
/// One thing the query asks for: a word, or a run of words that names an entity or a topic,
/// with how much it weighs in the query and every form a passage may hold it in.
/// </summary>
/// <param name="Text">The word or phrase as the query has it.</param>
/// <param name="Idf">Its inverse document frequency in the index (BM25's; of its rarest bigram when no passage has it as a word).</param>
/// <param name="Share">Its share of the query, by how rare it is (<see cref="PassageSearcher.ConceptWeight"/>): the shares of a query's concepts add up to 1.</param>
/// <param name="Entities">Entities it names: a passage mentioning one holds the concept.</param>
/// <param name="Expansions">Other words for it, each with its strength.</param>
public sealed record QueryConcept(string Text, double Idf, double Share, IReadOnlyList<LinkedEntity> Entities, IReadOnlyList<ExpansionTerm> Expansions);

/// <summary>What the query was read as.</summary>
/// <param name="Text">The query as typed.</param>
/// <param name="Words">Its words that carry meaning (jieba, stop words dropped).</param>
/// <param name="Topics">The vocabulary topics it names.</param>
/// <param name="Concepts">What it asks for, concept by concept.</param>
/// <param name="Neighbors">Ids of entities found with the linked ones far more often than chance (not the linked ones).</param>
public sealed record QueryInterpretation(
    string Text,
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Topics,
    IReadOnlyList<QueryConcept> Concepts,
    IReadOnlyList<string> Neighbors)
{
    /// <summary>Every expansion term of every concept.</summary>
    public IReadOnlyList<ExpansionTerm> Expansions => [.. Concepts.SelectMany(c => c.Expansions)];

    /// <summary>Every linked entity of every concept.</summary>
    public IReadOnlyList<LinkedEntity> Entities => [.. Concepts.SelectMany(c => c.Entities).DistinctBy(e => e.Id)];
}

/// <summary>The weights of the hand vocabulary's terms, relative to the query's own words (1).</summary>
public sealed record ExpansionWeights(double Synonym = 0.6, double Narrower = 0.4, double Broader = 0.2);

/// <summary>
/// Reads a query for meaning: cuts it into concepts (words, and runs of words that name an entity
/// or a vocabulary topic), weighs each by how rare it is in the index, links the entities it names
/// through the index's lexicon of names (<see cref="EntityLexicon"/>), and gives each concept its
/// other forms: the hand vocabulary's synonyms, narrower and broader topics (when
/// <see cref="HybridWeights.Vocabulary"/> is on), and associates from the dictionary, the
/// corpus and shared rare characters (<see cref="WordAssociates"/>).
/// </summary>
/// <remarks>Thread-safe. Reads only the index, the vocabulary and the learned associations: no graph query.</remarks>
public sealed class QueryUnderstanding
{
    // Labels whose nodes are not worth linking from a query: documents and dates name nothing
    // a passage is about.
    private static readonly HashSet<string> Unlinked = new(StringComparer.Ordinal) { "Document", "Date" };

    private readonly PassageIndex _index;
    private readonly TopicVocabulary _topics;
    private readonly PassageSearcher _lexical;
    private readonly WordAssociates _associates;
    private readonly Func<CooccurrenceAssociations> _entityAssociations;
    private readonly Analyzer _analyzer;
    private readonly ExpansionWeights _weights;

    // A name more entities bear than this (区委: every district's party committee; 提案: an
    // activity of every committee) names none of them in particular: it is not linked, and the
    // query's word is searched as a word (with its associates). Linking reads one stored passage
    // per entity, so such a name would cost a first look-up more the larger the corpus.
    internal const int MaxLinkedPerName = 24;

    // The entities a run of the query's words names, and each entity's name and label, until the next commit.
    private readonly PerReader<string, List<LinkedEntity>> _links = new(50_000);
    private readonly PerReader<string, LinkedEntity?> _described = new(100_000);

    /// <param name="index">The passage index: the lexicon of names and the word frequencies.</param>
    /// <param name="topics">The topic vocabulary (graph-schema/topics.json).</param>
    /// <param name="lexical">Cuts a query into its meaningful words (<see cref="PassageSearcher.QueryWords"/>) and weighs them (<see cref="PassageSearcher.ConceptWeight"/>).</param>
    /// <param name="associates">Associates of a word from the dictionary, the corpus and rare characters.</param>
    /// <param name="entityAssociations">Entities found together in passages (the neighbours of a linked entity).</param>
    /// <param name="analyzer">The index's analyzer.</param>
    /// <param name="weights">Weights of the vocabulary's terms.</param>
    public QueryUnderstanding(PassageIndex index, TopicVocabulary topics, PassageSearcher lexical, WordAssociates associates, Func<CooccurrenceAssociations> entityAssociations, Analyzer analyzer, ExpansionWeights? weights = null)
    {
        _index = index ?? throw new ArgumentNullException(nameof(index));
        _topics = topics ?? throw new ArgumentNullException(nameof(topics));
        _lexical = lexical ?? throw new ArgumentNullException(nameof(lexical));
        _associates = associates ?? throw new ArgumentNullException(nameof(associates));
        _entityAssociations = entityAssociations ?? throw new ArgumentNullException(nameof(entityAssociations));
        _analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
        _weights = weights ?? new ExpansionWeights();
    }

    /// <summary>Loads what reading a query needs (the dictionary, the learned associations) now rather than on the first query.</summary>
    public void Warm()
    {
        _associates.Warm();
        _ = _entityAssociations();
    }

    /// <summary>Reads <paramref name="text"/> against the index as it is now; see the class remarks.</summary>
    public Task<QueryInterpretation> UnderstandAsync(string text, CancellationToken cancellationToken = default) =>
        Task.FromResult(_index.Search(searcher => Understand(text, searcher, HybridWeights.Default)));

    /// <summary>Reads <paramref name="text"/> against the index <paramref name="searcher"/> reads.</summary>
    public QueryInterpretation Understand(string text, IndexSearcher searcher, HybridWeights settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(settings);
        var reader = searcher.IndexReader;
        var words = _lexical.QueryWords(text);
        var topics = settings.Vocabulary ? TopicsIn(text, words) : [];
        var phrases = Phrases(text, words, topics, reader, settings.Vocabulary);
        var concepts = new List<(string Text, List<LinkedEntity> Entities, Topic? Topic)>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases.OrderByDescending(p => p.Words.Count).ThenByDescending(p => p.Text.Length))
        {
            if (phrase.Words.Any(covered.Contains))
            {
                continue;
            }

            covered.UnionWith(phrase.Words);
            concepts.Add((phrase.Text, phrase.Entities, phrase.Topic));
        }

        foreach (var word in words.Where(w => !covered.Contains(w)))
        {
            concepts.Add((word, [], null));
        }

        // Back in the order the query has them.
        concepts.Sort((a, b) => text.IndexOf(a.Text, StringComparison.Ordinal).CompareTo(text.IndexOf(b.Text, StringComparison.Ordinal)));
        var idf = concepts.Select(c => _lexical.Idf(c.Text, reader)).ToList();
        var weight = concepts.Select(c => _lexical.ConceptWeight(c.Text, reader)).ToList();
        var total = weight.Sum();
        var built = concepts.Select((c, i) => new QueryConcept(
            c.Text,
            idf[i],
            total > 0 ? weight[i] / total : 1.0 / concepts.Count,
            c.Entities,
            Expansions(c.Text, c.Topic, reader, settings))).ToList();
        var linked = built.SelectMany(c => c.Entities).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var neighbors = settings.Neighbor > 0 ? Neighbors(linked) : [];
        return new QueryInterpretation(text, words, topics.Select(t => t.Name).ToList(), built, neighbors);
    }

    // Topics named in the text (longest phrases first, as extraction finds them) and by any
    // word the segmenter cut out of it.
    private List<Topic> TopicsIn(string text, IReadOnlyList<string> words)
    {
        var found = new List<Topic>();
        foreach (var (_, _, topic) in _topics.Scan(text))
        {
            Add(topic);
        }

        foreach (var word in words)
        {
            if (_topics.Resolve(word) is { } topic)
            {
                Add(topic);
            }
        }

        return found;

        void Add(Topic topic)
        {
            if (!found.Contains(topic))
            {
                found.Add(topic);
            }
        }
    }

    private sealed record Phrase(string Text, List<string> Words, List<LinkedEntity> Entities, Topic? Topic);

    // The runs of one to three adjacent words that name entities (by name or alias, in the
    // index's lexicon), and the words or runs that name a vocabulary topic.
    private List<Phrase> Phrases(string text, IReadOnlyList<string> words, List<Topic> topics, IndexReader reader, bool vocabulary)
    {
        var phrases = new List<Phrase>();
        for (var length = 3; length >= 1; length--)
        {
            for (var i = 0; i + length <= words.Count; i++)
            {
                var run = words.Skip(i).Take(length).ToList();
                var joined = string.Concat(run);
                if (joined.Length < 2 || !text.Contains(joined, StringComparison.Ordinal))
                {
                    continue;
                }

                var entities = _links.Get(reader, joined, name => Link(reader, name)).Where(e => vocabulary || e.Type != "Topic").ToList();
                if (entities.Count > 0)
                {
                    phrases.Add(new Phrase(joined, run, entities, vocabulary ? _topics.Resolve(joined) : null));
                }
            }
        }

        foreach (var topic in topics)
        {
            // The words of the query that the topic's name or synonym spans.
            var named = topic.Synonyms.Prepend(topic.Name).Where(n => text.Contains(n, StringComparison.Ordinal)).MaxBy(n => n.Length);
            var run = named is null
                ? words.Where(w => _topics.Resolve(w) == topic).ToList()
                : words.Where(w => named.Contains(w, StringComparison.Ordinal)).ToList();
            if (run.Count == 0)
            {
                continue;
            }

            var entities = _lexical.DocFreq(reader, PassageFields.EntityIds, topic.Id) > 0
                ? [new LinkedEntity(topic.Id, topic.Name, "Topic", topic.Name)]
                : new List<LinkedEntity>();
            var phraseText = named ?? run[0];
            var existing = phrases.FirstOrDefault(p => p.Text == phraseText);
            if (existing is not null)
            {
                phrases.Remove(existing);
                entities = [.. existing.Entities.Concat(entities).DistinctBy(e => e.Id)];
            }

            phrases.Add(new Phrase(phraseText, run, entities, topic));
        }

        return phrases;
    }

    private List<LinkedEntity> Link(IndexReader reader, string name)
    {
        var linked = new List<LinkedEntity>();
        var named = EntityLexicon.Find(reader, name);
        if (named.Count > MaxLinkedPerName)
        {
            return linked;
        }

        foreach (var (id, _) in named)
        {
            if (_described.Get(reader, id, id => Describe(reader, id)) is { } entity && !Unlinked.Contains(entity.Type))
            {
                linked.Add(entity with { Matched = name });
            }
        }

        return linked;
    }

    // The entity's name and label, as the first passage that mentions it stores them.
    private static LinkedEntity? Describe(IndexReader reader, string id)
    {
        var postings = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), PassageFields.EntityIds, new Lucene.Net.Util.BytesRef(id));
        var doc = postings?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS;
        if (doc == DocIdSetIterator.NO_MORE_DOCS)
        {
            return null;
        }

        var stored = reader.Document(doc, EntitiesOnly).GetValues(PassageFields.Entities);
        return stored.Select(PassageEntity.Unpack).OfType<PassageEntity>().Where(e => e.Id == id)
            .Select(e => new LinkedEntity(e.Id, e.Name, e.Type, e.Name)).FirstOrDefault();
    }

    private static readonly ISet<string> EntitiesOnly = new HashSet<string> { PassageFields.Entities };

    private List<ExpansionTerm> Expansions(string concept, Topic? topic, IndexReader reader, HybridWeights settings)
    {
        var terms = new Dictionary<string, ExpansionTerm>(StringComparer.Ordinal);
        void Add(ExpansionTerm term)
        {
            if (term.Term != concept && (!terms.TryGetValue(term.Term, out var known) || known.Weight < term.Weight))
            {
                terms[term.Term] = term;
            }
        }

        if (topic is not null)
        {
            foreach (var term in topic.Synonyms.Prepend(topic.Name))
            {
                Add(new ExpansionTerm(term, _weights.Synonym, concept, AssociateSource.Vocabulary, topic.Name, ExpansionRelation.Synonym));
            }

            foreach (var narrower in topic.Narrower.Select(_topics.Find).OfType<Topic>())
            {
                foreach (var term in narrower.Synonyms.Prepend(narrower.Name))
                {
                    Add(new ExpansionTerm(term, _weights.Narrower, concept, AssociateSource.Vocabulary, topic.Name, ExpansionRelation.Narrower));
                }
            }

            if (topic.Broader is { } broader)
            {
                Add(new ExpansionTerm(broader, _weights.Broader, concept, AssociateSource.Vocabulary, topic.Name, ExpansionRelation.Broader));
            }
        }

        foreach (var associate in _associates.Of(concept, reader, settings.Associations, (field, text) => _lexical.DocFreq(reader, field, text)))
        {
            Add(new ExpansionTerm(associate.Term, associate.Strength, concept, associate.Source));
        }

        return terms.Values.OrderByDescending(t => t.Weight).ThenBy(t => t.Term, StringComparer.Ordinal).ToList();
    }

    private List<string> Neighbors(HashSet<string> linked)
    {
        var associations = _entityAssociations();
        return linked
            .SelectMany(id => associations.Cooccurring(id, 50))
            .Where(a => !linked.Contains(a.Term))
            .Select(a => a.Term)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
