using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search.Topics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeGraph.Core.Search.Semantic;

/// <summary>A passage related to another.</summary>
/// <param name="Passage">The related passage.</param>
/// <param name="Score">Blend of <paramref name="TopicSimilarity"/> and <paramref name="GraphProximity"/>, 0 to 1.</param>
/// <param name="TopicSimilarity">Cosine of the two passages' topic vectors.</param>
/// <param name="GraphProximity">Shared entities and entities next to each other in the graph, scaled to the best candidate.</param>
/// <param name="SharedEntities">Entities both passages mention.</param>
/// <param name="SameDocument">Whether it comes from the same document.</param>
public sealed record RelatedPassage(
    StoredPassage Passage,
    double Score,
    double TopicSimilarity,
    double GraphProximity,
    IReadOnlyList<PassageEntity> SharedEntities,
    bool SameDocument);

/// <summary>
/// Passages close to a given one: in topic space (cosine of topic vectors) and in the graph
/// (mentioning the same entities, or entities one relation away from them), passages of other
/// documents first, the same subject told elsewhere being what a reader looks for.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class RelatedPassages(PassageIndex index, PassageSearcher searcher, IGraphStore graph, Func<TopicIndex> topics)
{
    /// <summary>Share of the score that comes from topic similarity; the rest comes from the graph.</summary>
    public const double TopicShare = 0.5;

    /// <summary>What an entity next to one the passage mentions counts for, relative to one it mentions.</summary>
    public const double NeighborShare = 0.3;

    // Entities mentioned by more than this share of the passages (a committee named everywhere)
    // relate nothing in particular.
    private const double MaxEntityShare = 0.08;
    private const int Candidates = 200;

    private static readonly string[] Unlinked = ["Document", "Date"];
    private static readonly string[] NeighborLabels = ["Committee", "Body", "Place", "Person", "Initiative", "Activity", "Topic", "Award", "Regulation"];

    /// <summary>The passage and those related to it, at most <paramref name="limit"/>; null when the passage is not in the index.</summary>
    public async Task<(StoredPassage Passage, IReadOnlyList<RelatedPassage> Related)?> FindAsync(string passageId, int limit = 10, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(passageId);
        if (searcher.GetPassages([passageId]) is not [var source])
        {
            return null;
        }

        var entities = source.Entities.Where(e => !Unlinked.Contains(e.Type)).Select(e => e.Id).Distinct(StringComparer.Ordinal).ToList();
        var neighbors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var subgraph = await graph.GetNeighborsAsync(entity, new NeighborQuery(Depth: 1, Labels: NeighborLabels, Limit: 30), cancellationToken);
            neighbors.UnionWith(subgraph.Nodes.Select(n => n.Id));
        }

        neighbors.ExceptWith(entities);
        var proximity = Scaled(GraphScores(entities, neighbors));
        var similarity = TopicScores(source.Id);
        var ids = proximity.Keys.Concat(similarity.Keys).Where(id => id != source.Id).Distinct(StringComparer.Ordinal).ToList();
        var scored = ids
            .Select(id => (Id: id, Topic: similarity.GetValueOrDefault(id), Graph: proximity.GetValueOrDefault(id)))
            .Select(c => (c.Id, c.Topic, c.Graph, Score: (TopicShare * c.Topic) + ((1 - TopicShare) * c.Graph)))
            .Where(c => c.Score > 0)
            .ToList();
        var passages = searcher.GetPassages(scored.Select(c => c.Id)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        var own = source.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var related = scored
            .Where(c => passages.ContainsKey(c.Id))
            .Select(c =>
            {
                var passage = passages[c.Id];
                return new RelatedPassage(
                    passage,
                    Math.Round(c.Score, 4),
                    Math.Round(c.Topic, 4),
                    Math.Round(c.Graph, 4),
                    passage.Entities.Where(e => own.Contains(e.Id) && !Unlinked.Contains(e.Type)).ToList(),
                    passage.DocumentId == source.DocumentId);
            })
            .OrderBy(r => r.SameDocument)
            .ThenByDescending(r => r.Score)
            .ThenBy(r => r.Passage.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
        return (source, related);
    }

    // Passages mentioning the passage's entities (1 each) or their neighbours (NeighborShare
    // each), leaving out entities mentioned almost everywhere.
    private Dictionary<string, double> GraphScores(IReadOnlyList<string> entities, IReadOnlySet<string> neighbors) => index.Search(searcher =>
    {
        var reader = searcher.IndexReader;
        var limit = Math.Max(2, MaxEntityShare * reader.NumDocs);
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (id, weight) in entities.Select(e => (e, 1.0)).Concat(neighbors.Order(StringComparer.Ordinal).Select(n => (n, NeighborShare))))
        {
            var term = new Term(PassageFields.EntityIds, id);
            var frequency = reader.DocFreq(term);
            if (frequency > 0 && frequency <= limit && query.Clauses.Count < BooleanQuery.MaxClauseCount)
            {
                query.Add(new ConstantScoreQuery(new TermQuery(term)) { Boost = (float)weight }, Occur.SHOULD);
            }
        }

        return query.Clauses.Count == 0
            ? []
            : searcher.Search(query, Candidates).ScoreDocs.ToDictionary(d => searcher.Doc(d.Doc).Get(PassageFields.Id), d => (double)d.Score, StringComparer.Ordinal);
    });

    private Dictionary<string, double> TopicScores(string passageId)
    {
        var current = topics();
        if (current.VectorOf(passageId) is not { } vector || vector.All(v => v == 0))
        {
            return [];
        }

        return current.PassageIds
            .Select(id => (Id: id, Similarity: TopicIndex.Cosine(vector, current.VectorOf(id)!)))
            .Where(p => p.Similarity > 0 && p.Id != passageId)
            .OrderByDescending(p => p.Similarity)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .Take(Candidates)
            .ToDictionary(p => p.Id, p => p.Similarity, StringComparer.Ordinal);
    }

    private static Dictionary<string, double> Scaled(Dictionary<string, double> scores)
    {
        var max = scores.Count == 0 ? 0 : scores.Values.Max();
        return max <= 0 ? scores : scores.ToDictionary(p => p.Key, p => p.Value / max, StringComparer.Ordinal);
    }
}
