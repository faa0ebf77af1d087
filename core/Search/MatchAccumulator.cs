using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// When a passage matches: its coverage reaches <paramref name="OfBest"/> of the best coverage any
/// passage of the index has for the query, and at least <paramref name="Floor"/>. So a precise
/// query matches what holds it (or nearly), a query in other words than the corpus's matches what
/// holds most of it, and a query nothing holds a fair part of matches nothing.
/// </summary>
public sealed record MatchThreshold(double OfBest, double Floor);

/// <summary>What a planned search found: how many passages match, their facet counts, and the best of them.</summary>
internal sealed record MatchResult(int Total, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets, ScoreDoc[] Top);

/// <summary>
/// Runs a plan (<see cref="MatchPlan"/>) in one pass over each index segment, without Lucene's
/// query machinery in between: every form's postings are walked once into arrays indexed by
/// document, which add up at once the passage's coverage (the shares of the concepts it holds,
/// each times the strongest form held) and its ranking score (per concept, the best form's BM25
/// times its weight plus a tenth of the others'; an entity mention counts as a constant). The
/// passages whose coverage reaches the threshold and that pass the request's filters are the
/// matches: counted, faceted, then scored further by the clauses that may reorder but never
/// add (bigrams, SmartCn words, sub-words), visited only at the matches, and the best kept.
/// A passage that holds only forms too weak to reach the threshold together is never visited
/// (<see cref="CoverageBound"/>).
/// </summary>
/// <remarks>What each passage gathers is kept in a pooled <see cref="PassageTally"/> per segment, so a search allocates little beyond its matches.</remarks>
internal static class MatchAccumulator
{
    // Float sums of shares: a passage exactly at the threshold must not miss it by rounding.
    internal const float Tolerance = 1e-5f;

    // The matches of a segment that the reordering clauses are added to: the best by the rest of
    // the score, this many times the hits wanted, and at least so many.
    private const int ReorderFactor = 4;
    private const int ReorderAtLeast = 200;

    // A weak form's kept list is looked up at the candidates when it is this many times longer.
    private const int SparseCandidates = 8;

    /// <summary>Finds, counts and ranks the passages that hold enough of <paramref name="concepts"/>.</summary>
    /// <param name="searcher">The index searched.</param>
    /// <param name="concepts">The planned concepts and their forms.</param>
    /// <param name="weights">The ranking's weights.</param>
    /// <param name="clauses">The clauses that may reorder the best matches.</param>
    /// <param name="threshold">What a match must hold.</param>
    /// <param name="request">Its filters.</param>
    /// <param name="depth">How many of the best are kept.</param>
    /// <param name="common">Where common forms' postings are kept; none when null.</param>
    /// <param name="bounded">Whether passages holding only weak forms are passed over
    /// (<see cref="CoverageBound"/>); false reads every form at every passage, which gives the
    /// same result (the tests compare both).</param>
    public static MatchResult Run(IndexSearcher searcher, IReadOnlyList<PlannedConcept> concepts, RankingWeights weights, RankingClauses clauses, MatchThreshold threshold, SearchRequest request, int depth, CommonPostings? common = null, bool bounded = true)
    {
        var postings = new FormPostings(searcher, common);
        var forms = concepts.Select(c => (IReadOnlyList<(PlannedForm Form, PreparedForm Postings)>)c.Forms.Select(f => (Form: f, Postings: postings.Prepare(f.Match, Scored(f, weights)))).ToList()).ToList();
        var bound = bounded ? CoverageBound.Of(concepts, threshold, Tolerance) : null;
        var reorder = new List<(PreparedForm Postings, float Boost)>();
        void Reorder(IEnumerable<Query> queries, double boost)
        {
            if (boost > 0)
            {
                reorder.AddRange(queries.Take(BooleanQuery.MaxClauseCount).Select(q => (postings.Prepare(q, scored: true), (float)boost)));
            }
        }

        Reorder(clauses.Bigrams, weights.Bigram);
        Reorder(clauses.SmartCn, weights.SmartCn);
        Reorder(clauses.SubWords, weights.SubWord);
        var filter = PassageSearcher.Filters(request) is { } filters ? searcher.CreateNormalizedWeight(filters) : null;
        var coverageBoost = (float)(weights.Coverage * concepts.Sum(c => c.Idf));
        var facets = new FacetCounter();
        var best = new PriorityQueue<int, (float Score, int Doc)>(depth + 1, Weakest.Instance);
        var total = 0;

        // First every segment's coverage, for the best of the whole index; then the matches.
        var segments = new List<(AtomicReaderContext Leaf, PassageTally Segment)>();
        try
        {
            var bestCoverage = 0f;
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var live = leaf.AtomicReader.LiveDocs;
                var allowed = filter is null ? null : Allowed(filter, leaf, live);
                if (filter is not null && allowed is null)
                {
                    continue;
                }

                var segment = new PassageTally(leaf.AtomicReader.MaxDoc);
                segments.Add((leaf, segment));
                AddConcepts(segment, concepts, forms, bound, leaf, live, allowed, weights);
                bestCoverage = Math.Max(bestCoverage, segment.BestCoverage);
            }

            var floor = (float)Math.Max(threshold.Floor, threshold.OfBest * bestCoverage) - Tolerance;
            foreach (var (leaf, segment) in segments)
            {
                var matches = segment.Matches(floor, coverageBoost);
                if (matches.Count == 0)
                {
                    continue;
                }

                var live = leaf.AtomicReader.LiveDocs;
                if (reorder.Count > 0)
                {
                    // The reordering clauses are small beside the concepts' scores: they are added
                    // only where they can matter, at the segment's best matches so far.
                    var head = segment.Best(Math.Max(ReorderAtLeast, ReorderFactor * depth));
                    foreach (var (clause, boost) in reorder)
                    {
                        segment.AddAt(head, clause.Open(leaf, live), boost);
                    }
                }

                facets.SetNextReader(leaf);
                // The weakest score kept once the heap is full: a later document must beat it, as
                // ties keep the first documents (this one comes after every one kept).
                var weakestKept = float.NegativeInfinity;
                for (var place = 0; place < matches.Count; place++)
                {
                    var doc = matches[place];
                    facets.Collect(doc);
                    var score = segment.ScoreAt(place);
                    if (best.Count == depth && score <= weakestKept)
                    {
                        continue;
                    }

                    var entry = (score, leaf.DocBase + doc);
                    if (best.Count < depth)
                    {
                        best.Enqueue(entry.Item2, entry);
                    }
                    else if (depth > 0 && best.TryPeek(out _, out var weakest) && Weakest.Instance.Compare(entry, weakest) > 0)
                    {
                        best.DequeueEnqueue(entry.Item2, entry);
                    }

                    if (best.Count == depth && depth > 0 && best.TryPeek(out _, out var least))
                    {
                        weakestKept = least.Score;
                    }
                }

                total += matches.Count;
            }

            SearchWork.Matches(total);
        }
        finally
        {
            segments.ForEach(s => s.Segment.Dispose());
        }

        var top = new ScoreDoc[best.Count];
        for (var i = top.Length - 1; i >= 0; i--)
        {
            best.TryDequeue(out var doc, out var priority);
            top[i] = new ScoreDoc(doc, priority.Score);
        }

        return new MatchResult(total, facets.Results(SearchLimits.FacetValues), top);
    }

    // Adds every concept to the segment's tally, each form in the plan's order; with a bound, the
    // strong forms were read first, and the weak ones are read at the passages those hold only.
    private static void AddConcepts(PassageTally tally, IReadOnlyList<PlannedConcept> concepts, List<IReadOnlyList<(PlannedForm Form, PreparedForm Postings)>> forms, CoverageBound? bound, AtomicReaderContext leaf, IBits? live, FixedBitSet? allowed, RankingWeights weights)
    {
        using var candidates = bound?.Read(forms, f => Scored(f, weights), leaf, live, allowed);
        var admitted = candidates?.Bits ?? allowed;
        for (var i = 0; i < concepts.Count; i++)
        {
            for (var j = 0; j < forms[i].Count; j++)
            {
                var (form, postings) = forms[i][j];
                var (boost, constant) = Rank(concepts[i], form, weights);
                var strength = (float)form.Strength;
                if (candidates is not null && candidates.TryStrong(i, j, out var docs, out var scores))
                {
                    // Every passage of a strong form that passes the filters is a candidate: the
                    // filters alone are checked.
                    Walk(tally, docs, scores, strength, boost, constant, allowed);
                    SearchWork.Postings(docs.Length, candidates.IsKept(i, j));
                }
                else if ((candidates is null ? postings.Open(leaf, live, whole: true) : candidates.OpenWeak(i, j, postings)) is { } cursor)
                {
                    if (cursor is CommonPostings.Cursor { Kept: var kept })
                    {
                        // A weak form's kept list, much longer than the candidates: looked up at them.
                        if (candidates is not null && (long)candidates.Count * SparseCandidates < kept.Docs.Length)
                        {
                            SearchWork.Postings(WalkAt(tally, cursor, candidates.Bits, strength, boost, constant), kept: true);
                        }
                        else
                        {
                            Walk(tally, kept.Docs, kept.Scores, strength, boost, constant, admitted);
                            SearchWork.Postings(kept.Docs.Length, kept: true);
                        }
                    }
                    else
                    {
                        SearchWork.Postings(Walk(tally, cursor, strength, boost, constant, admitted), kept: false);
                    }
                }
            }

            tally.EndConcept((float)concepts[i].Share);
        }

        tally.EndConcepts();
        SearchWork.Touched(tally.TouchedCount);
        if (candidates is not null && SearchWork.CountCandidates)
        {
            SearchWork.Candidates(candidates.Bits.Cardinality);
        }
    }

    // What holding a form ranks: the concept's own words by BM25 (times the boost); another word
    // for it, or an entity it names, as much as the concept's own word would give, times its
    // strength (a constant).
    private static (float Boost, bool Constant) Rank(PlannedConcept concept, PlannedForm form, RankingWeights weights) => form.Kind switch
    {
        FormKind.Own => ((float)weights.Own, false),
        FormKind.Part => ((float)(weights.Own * form.Strength), false),
        FormKind.Expansion => ((float)(weights.Expansion * concept.Idf * form.Strength), true),
        _ => ((float)(weights.Entity * concept.Idf * form.Strength), true),
    };

    // Postings in arrays (kept, or read ahead by the bound), walked without a call per passage.
    private static void Walk(PassageTally tally, ReadOnlySpan<int> docs, ReadOnlySpan<float> scores, float strength, float boost, bool constant, FixedBitSet? admitted)
    {
        var scored = boost != 0 && !constant;
        if (admitted is null)
        {
            // The common case (no filter, or a strong form), in loops without a test per passage.
            if (scored)
            {
                for (var i = 0; i < docs.Length; i++)
                {
                    tally.Hold(docs[i], strength, boost * scores[i]);
                }
            }
            else
            {
                var rank = boost == 0 ? 0 : boost;
                foreach (var doc in docs)
                {
                    tally.Hold(doc, strength, rank);
                }
            }

            return;
        }

        for (var i = 0; i < docs.Length; i++)
        {
            var doc = docs[i];
            if (admitted is null || admitted.Get(doc))
            {
                tally.Hold(doc, strength, boost == 0 ? 0 : scored ? boost * scores[i] : boost);
            }
        }
    }

    // Adds a cursor's postings at the candidates only, each one found by leaping to the next
    // candidate and back (both in document order, so in the order a whole walk adds them).
    // Returns how many postings it looked at.
    private static int WalkAt(PassageTally tally, FormCursor cursor, FixedBitSet candidates, float strength, float boost, bool constant)
    {
        var looked = 0;
        var candidate = Next(candidates, 0);
        while (candidate != DocIdSetIterator.NO_MORE_DOCS)
        {
            var doc = cursor.Advance(candidate);
            looked++;
            if (doc == DocIdSetIterator.NO_MORE_DOCS)
            {
                break;
            }

            if (doc == candidate)
            {
                tally.Hold(doc, strength, boost == 0 ? 0 : constant ? boost : boost * cursor.Score());
                doc++;
            }

            candidate = Next(candidates, doc);
        }

        return looked;
    }

    // The first candidate at or after doc (FixedBitSet says −1 for none, and wants doc within it).
    private static int Next(FixedBitSet candidates, int doc) =>
        doc < candidates.Length && candidates.NextSetBit(doc) is var next and >= 0 ? next : DocIdSetIterator.NO_MORE_DOCS;

    // Returns how many postings it read.
    private static int Walk(PassageTally tally, FormCursor cursor, float strength, float boost, bool constant, FixedBitSet? admitted)
    {
        var read = 0;
        for (var doc = cursor.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = cursor.NextDoc())
        {
            read++;
            if (admitted is null || admitted.Get(doc))
            {
                tally.Hold(doc, strength, boost == 0 ? 0 : constant ? boost : boost * cursor.Score());
            }
        }

        return read;
    }

    // Whether a form's BM25 score counts: the concept's own words and their parts; another word
    // for it or an entity it names counts as a constant.
    private static bool Scored(PlannedForm form, RankingWeights weights) => form.Kind switch
    {
        FormKind.Own => weights.Own != 0,
        FormKind.Part => weights.Own * form.Strength != 0,
        _ => false,
    };

    // The documents of the segment that pass the filters, or null when none does.
    private static FixedBitSet? Allowed(Weight filter, AtomicReaderContext leaf, IBits? live)
    {
        var scorer = filter.GetScorer(leaf, live);
        if (scorer is null)
        {
            return null;
        }

        var bits = new FixedBitSet(leaf.AtomicReader.MaxDoc);
        for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
        {
            bits.Set(doc);
        }

        return bits;
    }

    // The heap's first is the weakest kept: lowest score, then the greatest document, so ties keep the first documents.
    private sealed class Weakest : IComparer<(float Score, int Doc)>
    {
        public static Weakest Instance { get; } = new();

        public int Compare((float Score, int Doc) x, (float Score, int Doc) y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            return byScore != 0 ? byScore : y.Doc.CompareTo(x.Doc);
        }
    }
}
