using KnowledgeGraph.Core.Extraction.Vocabulary;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Search.Semantic;

/// <summary>How a term came into the query.</summary>
public enum ExpansionRelation
{
    /// <summary>Another way of saying a topic the query names (民企 for 民营经济).</summary>
    Synonym,

    /// <summary>A topic under a group the query names (乡村振兴 under 民生保障).</summary>
    Narrower,

    /// <summary>The group above a topic the query names.</summary>
    Broader,
}

/// <summary>A term added to the query, with the weight it gets (below 1, the weight of the query's own words).</summary>
public sealed record ExpansionTerm(string Term, double Weight, string Topic, ExpansionRelation Relation);

/// <summary>An entity of the graph that a part of the query names.</summary>
/// <param name="Id">Its node id.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">Its label.</param>
/// <param name="Matched">The part of the query that names it.</param>
public sealed record LinkedEntity(string Id, string Name, string Type, string Matched);

/// <summary>What the query was read as.</summary>
/// <param name="Text">The query as typed.</param>
/// <param name="Words">Its words that carry meaning (jieba, stop words dropped).</param>
/// <param name="Topics">The vocabulary topics it names.</param>
/// <param name="Expansions">Terms added for those topics, best first.</param>
/// <param name="Entities">Graph entities it names.</param>
/// <param name="Neighbors">Ids of the graph neighbours of those entities (not the entities themselves).</param>
public sealed record QueryInterpretation(
    string Text,
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Topics,
    IReadOnlyList<ExpansionTerm> Expansions,
    IReadOnlyList<LinkedEntity> Entities,
    IReadOnlyList<string> Neighbors);

/// <summary>The weights of expansion terms, relative to the query's own words (1).</summary>
public sealed record ExpansionWeights(double Synonym = 0.6, double Narrower = 0.4, double Broader = 0.2);

/// <summary>
/// Reads a query for meaning: which topics of the vocabulary it names (by name or synonym, in
/// the text or in its words), what terms those topics add (synonyms, narrower topics, the
/// broader group, each weighted below the query's own words), and which graph entities it
/// names (by name or alias), with their neighbours in the graph.
/// </summary>
/// <remarks>Thread-safe. Knows nothing of any particular document or query: only the vocabulary and the graph.</remarks>
public sealed class QueryUnderstanding
{
    // Labels whose nodes are not worth linking from a query: documents and dates name nothing
    // a passage is about.
    private static readonly HashSet<string> Unlinked = new(StringComparer.Ordinal) { "Document", "Date" };

    // Neighbours through these labels are not followed: a document or a date joins everything.
    private static readonly string[] NeighborLabels = ["Committee", "Body", "Place", "Person", "Initiative", "Activity", "Topic", "Award", "Regulation"];

    private readonly IGraphStore _graph;
    private readonly TopicVocabulary _topics;
    private readonly Func<string, IReadOnlyList<string>> _words;
    private readonly ExpansionWeights _weights;

    /// <param name="graph">Where entities are looked up.</param>
    /// <param name="topics">The topic vocabulary (graph-schema/topics.json).</param>
    /// <param name="words">Cuts a query into its meaningful words (the lexical searcher's <see cref="PassageSearcher.QueryWords"/>).</param>
    /// <param name="weights">Weights of the expansion terms.</param>
    public QueryUnderstanding(IGraphStore graph, TopicVocabulary topics, Func<string, IReadOnlyList<string>> words, ExpansionWeights? weights = null)
    {
        _graph = graph ?? throw new ArgumentNullException(nameof(graph));
        _topics = topics ?? throw new ArgumentNullException(nameof(topics));
        _words = words ?? throw new ArgumentNullException(nameof(words));
        _weights = weights ?? new ExpansionWeights();
    }

    /// <summary>Reads <paramref name="text"/>; see the class remarks.</summary>
    public async Task<QueryInterpretation> UnderstandAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var words = _words(text);
        var topics = TopicsIn(text, words);
        var expansions = Expand(topics, words);
        var entities = await LinkAsync(text, words, topics, cancellationToken);
        var neighbors = await NeighborsAsync(entities, cancellationToken);
        return new QueryInterpretation(text, words, topics.Select(t => t.Name).ToList(), expansions, entities, neighbors);
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

    private List<ExpansionTerm> Expand(List<Topic> topics, IReadOnlyList<string> words)
    {
        var own = new HashSet<string>(words, StringComparer.Ordinal);
        var terms = new Dictionary<string, ExpansionTerm>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            foreach (var term in topic.Synonyms.Prepend(topic.Name))
            {
                Add(term, _weights.Synonym, topic.Name, ExpansionRelation.Synonym);
            }

            foreach (var narrower in topic.Narrower.Select(_topics.Find).OfType<Topic>())
            {
                foreach (var term in narrower.Synonyms.Prepend(narrower.Name))
                {
                    Add(term, _weights.Narrower, topic.Name, ExpansionRelation.Narrower);
                }
            }

            if (topic.Broader is { } broader)
            {
                Add(broader, _weights.Broader, topic.Name, ExpansionRelation.Broader);
            }
        }

        return terms.Values.OrderByDescending(t => t.Weight).ThenBy(t => t.Term, StringComparer.Ordinal).ToList();

        void Add(string term, double weight, string topic, ExpansionRelation relation)
        {
            if (!own.Contains(term) && (!terms.TryGetValue(term, out var known) || known.Weight < weight))
            {
                terms[term] = new ExpansionTerm(term, weight, topic, relation);
            }
        }
    }

    // The parts of the query that may name an entity: its words, runs of two and three
    // adjacent words (清江浦区 + 政协), and the topics it names; each must equal a node's name
    // or one of its aliases.
    private async Task<List<LinkedEntity>> LinkAsync(string text, IReadOnlyList<string> words, List<Topic> topics, CancellationToken cancellationToken)
    {
        var candidates = new List<string>();
        for (var length = 3; length >= 1; length--)
        {
            for (var i = 0; i + length <= words.Count; i++)
            {
                var joined = string.Concat(words.Skip(i).Take(length));
                if (joined.Length >= 2 && text.Contains(joined, StringComparison.Ordinal))
                {
                    candidates.Add(joined);
                }
            }
        }

        // Longest first; a part of a longer name that linked names nothing of its own
        // (清江浦区政协 is a committee; 区政协 inside it is not another one).
        var linked = new Dictionary<string, LinkedEntity>(StringComparer.Ordinal);
        var matched = new List<string>();
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal).OrderByDescending(c => c.Length))
        {
            if (matched.Any(m => m.Contains(candidate, StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var node in await _graph.FindNodesAsync(candidate, limit: 20, cancellationToken: cancellationToken))
            {
                if (!Unlinked.Contains(node.Label) && Names(node, candidate))
                {
                    linked.TryAdd(node.Id, new LinkedEntity(node.Id, node.Name, node.Label, candidate));
                    if (!matched.Contains(candidate))
                    {
                        matched.Add(candidate);
                    }
                }
            }
        }

        // A topic the query names by a synonym is the graph's Topic node of that name.
        foreach (var topic in topics)
        {
            if (await _graph.GetNodeAsync("topic:" + topic.Name, cancellationToken) is { } node)
            {
                linked.TryAdd(node.Id, new LinkedEntity(node.Id, node.Name, node.Label, topic.Name));
            }
        }

        return [.. linked.Values];
    }

    private static bool Names(Node node, string text) =>
        string.Equals(node.Name, text, StringComparison.Ordinal)
        || node.Aliases.Any(a => string.Equals(Unquoted(a), text, StringComparison.Ordinal));

    // Aliases keep the quotes the text had (“码”上议): compare without them.
    private static string Unquoted(string alias) =>
        string.Concat(alias.Where(c => c is not ('“' or '”' or '"' or '「' or '」' or '‘' or '’')));

    private async Task<List<string>> NeighborsAsync(List<LinkedEntity> entities, CancellationToken cancellationToken)
    {
        var own = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var neighbors = new List<string>();
        foreach (var entity in entities)
        {
            var subgraph = await _graph.GetNeighborsAsync(entity.Id, new NeighborQuery(Depth: 1, Labels: NeighborLabels, Limit: 50), cancellationToken);
            foreach (var node in subgraph.Nodes)
            {
                if (own.Add(node.Id))
                {
                    neighbors.Add(node.Id);
                }
            }
        }

        return neighbors;
    }
}
