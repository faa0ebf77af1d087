using KnowledgeGraph.Core.Search.Topics;
using Lucene.Net.Search;

namespace KnowledgeGraph.Core.Search.Semantic;

/// <summary>
/// Reorders the first hits of a ranking (never adds one): each hit's score, scaled by the
/// best, plus its topic similarity to the query, whether it mentions a neighbour of an entity
/// the query names, and pseudo-relevance feedback, the share of the first hits' characteristic
/// words it holds (words found in several of them and rare in the corpus, the query's own left
/// out), each weighted (<see cref="HybridWeights"/>).
/// </summary>
/// <remarks>Thread-safe; reads the stored text of the hits it reorders.</remarks>
internal sealed class Reranker(Func<TopicIndex> topics, TopicWords words)
{
    // What the reordering reads of a hit: its id and linked entities (remembered by document until
    // the next commit, as the same passages come first again and again), and its text only for
    // the feedback, which tokenizes it.
    private static readonly ISet<string> Fields = new HashSet<string>(PassageEntity.IdFields) { PassageFields.Id };
    private static readonly ISet<string> TextField = new HashSet<string> { PassageFields.Text };
    private readonly PerReader<int, HitFields> _read = new(100_000);

    // Words of the feedback kept, the most characteristic.
    private const int FeedbackWords = 24;

    /// <summary>Loads the topic index now.</summary>
    public TopicIndex Warm() => topics();

    public List<(int Doc, RankedPassage Passage)> Rerank(IndexSearcher searcher, QueryInterpretation query, ScoreDoc[] top, HybridWeights weights)
    {
        if (top.Length == 0)
        {
            return [];
        }

        var best = top.Max(d => d.Score);
        var depth = Math.Min(top.Length, weights.RerankDepth);
        var reordered = weights.Topic > 0 || weights.Neighbor > 0 || weights.Feedback > 0;
        var read = reordered
            ? top.Take(depth).Select(d => Read(searcher, d.Doc)).ToList()
            : [];
        var texts = weights.Feedback > 0
            ? top.Take(depth).Select(d => words.Of(searcher.IndexReader.Document(d.Doc, TextField).Get(PassageFields.Text) ?? "")).ToList()
            : [];
        var topicScores = weights.Topic > 0 ? TopicScores(query, read) : null;
        var feedback = weights.Feedback > 0 ? Feedback(query, texts, searcher, weights.FeedbackDepth) : null;
        var neighbors = weights.Neighbor > 0 ? query.Neighbors.ToHashSet(StringComparer.Ordinal) : [];
        var ranked = new List<(int Doc, RankedPassage Passage)>(top.Length);
        for (var i = 0; i < top.Length; i++)
        {
            var scaled = best > 0 ? top[i].Score / best : 0;
            if (i >= depth || !reordered)
            {
                ranked.Add((top[i].Doc, new RankedPassage(i < read.Count ? read[i].Id : Read(searcher, top[i].Doc).Id, scaled, scaled, 0, 0, 0)));
                continue;
            }

            var topic = topicScores?[i] ?? 0;
            var neighbor = neighbors.Count > 0 && read[i].EntityIds.Any(neighbors.Contains) ? 1.0 : 0;
            var fed = feedback is null ? 0 : texts[i].Distinct(StringComparer.Ordinal).Sum(w => feedback.GetValueOrDefault(w));
            var score = scaled + (weights.Topic * topic) + (weights.Neighbor * neighbor) + (weights.Feedback * fed);
            ranked.Add((top[i].Doc, new RankedPassage(read[i].Id, score, scaled, topic, neighbor, fed)));
        }

        // The reordered head, then the rest as BM25 ranked them (its scores stay below the head's best).
        var head = ranked.Take(depth).OrderByDescending(r => r.Passage.Score).ThenBy(r => r.Passage.Id, StringComparer.Ordinal);
        return [.. head, .. ranked.Skip(depth)];
    }

    private HitFields Read(IndexSearcher searcher, int doc) => _read.Get(searcher.IndexReader, doc, d =>
    {
        var document = searcher.IndexReader.Document(d, Fields);
        return new HitFields(document.Get(PassageFields.Id) ?? "", PassageEntity.IdsOf(document));
    });

    /// <summary>What the reordering needs of a hit.</summary>
    private sealed record HitFields(string Id, IReadOnlyList<string> EntityIds);

    // Cosine of each hit's topic vector with the query's (its words and their expansions).
    private double[]? TopicScores(QueryInterpretation query, List<HitFields> read)
    {
        var index = topics();
        if (index.Model is null)
        {
            return null;
        }

        var vector = index.Model.Infer(words.Of(query.Text).Concat(query.Expansions.Select(e => e.Term)).ToList());
        if (vector.All(v => v == 0))
        {
            return null;
        }

        return read.Select(d => index.VectorOf(d.Id) is { } passage ? TopicIndex.Cosine(vector, passage) : 0).ToArray();
    }

    // The characteristic words of the first hits: in how many of them a word occurs, times its
    // inverse document frequency, normalised to add up to 1; the query's words left out.
    private static Dictionary<string, double>? Feedback(QueryInterpretation query, List<IReadOnlyList<string>> texts, IndexSearcher searcher, int depth)
    {
        var own = query.Concepts.Select(c => c.Text).Concat(query.Words).ToHashSet(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts.Take(depth))
        {
            foreach (var word in text.Distinct(StringComparer.Ordinal))
            {
                if (!own.Contains(word))
                {
                    counts[word] = counts.GetValueOrDefault(word) + 1;
                }
            }
        }

        var reader = searcher.IndexReader;
        var weighted = counts
            .Where(c => c.Value >= 2)
            .Select(c => (Word: c.Key, Weight: c.Value * MatchPlan.Idf(reader.DocFreq(new Lucene.Net.Index.Term(PassageFields.Words, c.Key)), reader.NumDocs)))
            .OrderByDescending(c => c.Weight)
            .ThenBy(c => c.Word, StringComparer.Ordinal)
            .Take(FeedbackWords)
            .ToList();
        var total = weighted.Sum(w => w.Weight);
        return total <= 0 ? null : weighted.ToDictionary(w => w.Word, w => w.Weight / total, StringComparer.Ordinal);
    }
}
