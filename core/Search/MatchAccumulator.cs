using System.Buffers;
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
/// </summary>
/// <remarks>The per-segment arrays come from a shared pool and are cleared where they were written, so a search allocates little beyond its matches.</remarks>
internal static class MatchAccumulator
{
    // Float sums of shares: a passage exactly at the threshold must not miss it by rounding.
    private const float Tolerance = 1e-5f;

    // The share of a concept's other forms that adds to its best one (DisjunctionMax's tie).
    private const float Tie = 0.1f;

    // The matches of a segment that the reordering clauses are added to: the best by the rest of
    // the score, this many times the hits wanted, and at least so many.
    private const int ReorderFactor = 4;
    private const int ReorderAtLeast = 200;

    // Arrays of these pools only: they come back cleared wherever they were written (fresh ones
    // are zeroed), which the shared pool does not promise. Large enough for segments of millions.
    private static readonly ArrayPool<Passage> Passages = ArrayPool<Passage>.Create(maxArrayLength: 1 << 24, maxArraysPerBucket: 32);
    private static readonly ArrayPool<Held> Helds = ArrayPool<Held>.Create(maxArrayLength: 1 << 24, maxArraysPerBucket: 32);

    // What a passage has gathered so far, side by side: a form's passages are spread over the
    // whole segment, and one memory page per passage touched costs far less than one per array
    // (in a virtual machine, a page the processor's table does not hold is the dearest access).
    private struct Passage
    {
        public float Coverage;
        public float Score;
    }

    // How a passage holds the concept being added: its strongest form, and its best and summed ranks.
    private struct Held
    {
        public float Strength;
        public float Max;
        public float Sum;
    }

    public static MatchResult Run(IndexSearcher searcher, IReadOnlyList<PlannedConcept> concepts, RankingWeights weights, RankingClauses clauses, MatchThreshold threshold, SearchRequest request, int depth, CommonPostings? common = null)
    {
        var postings = new FormPostings(searcher, common);
        var forms = concepts.Select(c => c.Forms.Select(f => (Form: f, Postings: postings.Prepare(f.Match, Scored(f, weights)))).ToList()).ToList();
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
        var segments = new List<(AtomicReaderContext Leaf, Segment Segment)>();
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

                var segment = new Segment(leaf.AtomicReader.MaxDoc);
                segments.Add((leaf, segment));
                segment.AddConcepts(concepts, forms, leaf, live, allowed, weights);
                bestCoverage = Math.Max(bestCoverage, segment.BestCoverage);
            }

            var floor = (float)Math.Max(threshold.Floor, threshold.OfBest * bestCoverage) - Tolerance;
            foreach (var (leaf, segment) in segments)
            {
                var matches = segment.Matches(floor);
                if (matches.Count == 0)
                {
                    continue;
                }

                var live = leaf.AtomicReader.LiveDocs;
                segment.AddCoverage(matches, coverageBoost);
                if (reorder.Count > 0)
                {
                    // The reordering clauses are small beside the concepts' scores: they are added
                    // only where they can matter, at the segment's best matches so far.
                    var head = segment.Best(matches, Math.Max(ReorderAtLeast, ReorderFactor * depth));
                    foreach (var (clause, boost) in reorder)
                    {
                        segment.AddAt(head, clause.Open(leaf, live), boost);
                    }
                }

                facets.SetNextReader(leaf);
                // The weakest score kept once the heap is full: a later document must beat it, as
                // ties keep the first documents (this one comes after every one kept).
                var weakestKept = float.NegativeInfinity;
                foreach (var doc in matches)
                {
                    facets.Collect(doc);
                    var score = segment.Score(doc);
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

    /// <summary>The arrays of one segment: coverage and score of every document touched, and a concept's best form while it is added.</summary>
    private sealed class Segment(int size) : IDisposable
    {
        private readonly Passage[] _passages = Passages.Rent(Math.Max(1, size));
        // Lists of documents grow to thousands for a common word: the thread's are reused.
        [ThreadStatic]
        private static Stack<List<int>>? _spare;

        private readonly List<int> _touched = RentList();
        private readonly List<int> _concept = RentList();
        private Held[] _held = [];

        /// <summary>The highest coverage of the segment.</summary>
        public float BestCoverage { get; private set; }

        /// <summary>Adds every concept; the arrays a concept needs while it is added go back to the pool after.</summary>
        public void AddConcepts(IReadOnlyList<PlannedConcept> concepts, List<List<(PlannedForm Form, PreparedForm Postings)>> forms, AtomicReaderContext leaf, IBits? live, FixedBitSet? allowed, RankingWeights weights)
        {
            _held = Helds.Rent(Math.Max(1, size));
            try
            {
                for (var i = 0; i < concepts.Count; i++)
                {
                    AddConcept(concepts[i], forms[i], leaf, live, allowed, weights);
                }
            }
            finally
            {
                Helds.Return(_held);
                _held = [];
            }

            foreach (var doc in _touched)
            {
                BestCoverage = Math.Max(BestCoverage, _passages[doc].Coverage);
            }
        }

        private void AddConcept(PlannedConcept concept, List<(PlannedForm Form, PreparedForm Postings)> forms, AtomicReaderContext leaf, IBits? live, FixedBitSet? allowed, RankingWeights weights)
        {
            _concept.Clear();
            foreach (var (form, postings) in forms)
            {
                var scorer = postings.Open(leaf, live);
                if (scorer is null)
                {
                    continue;
                }

                var strength = (float)form.Strength;
                // The concept's own words are scored by BM25; another word for it, or an entity it
                // names, counts as much as the concept's own word would give, times its strength.
                var (boost, constant) = form.Kind switch
                {
                    FormKind.Own => ((float)weights.Own, false),
                    FormKind.Part => ((float)(weights.Own * form.Strength), false),
                    FormKind.Expansion => ((float)(weights.Expansion * concept.Idf * form.Strength), true),
                    _ => ((float)(weights.Entity * concept.Idf * form.Strength), true),
                };
                if (scorer is CommonPostings.Cursor { Kept: var kept })
                {
                    // A common form's arrays, walked without a call per passage.
                    var docs = kept.Docs;
                    var scores = kept.Scores;
                    var scored = boost != 0 && !constant;
                    for (var i = 0; i < docs.Length; i++)
                    {
                        var doc = docs[i];
                        if (allowed is null || allowed.Get(doc))
                        {
                            Hold(doc, strength, boost == 0 ? 0 : scored ? boost * scores[i] : boost);
                        }
                    }

                    continue;
                }

                for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                {
                    if (allowed is null || allowed.Get(doc))
                    {
                        Hold(doc, strength, boost == 0 ? 0 : constant ? boost : boost * scorer.Score());
                    }
                }
            }

            var share = (float)concept.Share;
            foreach (var doc in _concept)
            {
                ref var passage = ref _passages[doc];
                ref var held = ref _held[doc];
                if (passage.Coverage == 0 && passage.Score == 0)
                {
                    _touched.Add(doc);
                }

                // Never exactly 0 once touched, so that the test above holds for a concept of share 0.
                passage.Coverage += Math.Max(share * held.Strength, float.Epsilon);
                passage.Score += held.Max + (Tie * (held.Sum - held.Max));
                held = default;
            }
        }

        // A passage holds a form of the concept being added, with this strength and rank.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private void Hold(int doc, float strength, float rank)
        {
            ref var held = ref _held[doc];
            if (held.Strength == 0)
            {
                _concept.Add(doc);
            }

            held.Strength = Math.Max(held.Strength, strength);
            held.Max = Math.Max(held.Max, rank);
            held.Sum += rank;
        }

        /// <summary>The touched documents whose coverage reaches <paramref name="threshold"/>, in document order.</summary>
        public List<int> Matches(float threshold)
        {
            // When much of the segment was touched, reading the coverage of every document in
            // order is cheaper than sorting the touched ones (a touched document's coverage is never 0).
            if (_touched.Count * 8L > size)
            {
                var inOrder = new List<int>(_touched.Count);
                for (var doc = 0; doc < size; doc++)
                {
                    if (_passages[doc].Coverage > 0 && _passages[doc].Coverage >= threshold)
                    {
                        inOrder.Add(doc);
                    }
                }

                return inOrder;
            }

            var matches = _touched.Where(doc => _passages[doc].Coverage >= threshold).ToList();
            matches.Sort();
            return matches;
        }

        public void AddCoverage(List<int> matches, float boost)
        {
            if (boost > 0)
            {
                foreach (var doc in matches)
                {
                    _passages[doc].Score += boost * _passages[doc].Coverage;
                }
            }
        }

        /// <summary>Adds <paramref name="boost"/> times the scorer's score at the matches it also matches.</summary>
        public void AddAt(List<int> matches, FormCursor? scorer, float boost)
        {
            if (scorer is null)
            {
                return;
            }

            foreach (var doc in matches)
            {
                var at = scorer.DocID < doc ? scorer.Advance(doc) : scorer.DocID;
                if (at == DocIdSetIterator.NO_MORE_DOCS)
                {
                    return;
                }

                if (at == doc)
                {
                    _passages[doc].Score += boost * scorer.Score();
                }
            }
        }

        public float Score(int doc) => _passages[doc].Score;

        /// <summary>The <paramref name="count"/> best of <paramref name="matches"/> by score so far, in document order.</summary>
        public List<int> Best(List<int> matches, int count)
        {
            if (matches.Count <= count)
            {
                return matches;
            }

            var heap = new PriorityQueue<int, float>(count + 1);
            foreach (var doc in matches)
            {
                if (heap.Count < count)
                {
                    heap.Enqueue(doc, _passages[doc].Score);
                }
                else if (heap.TryPeek(out _, out var weakest) && _passages[doc].Score > weakest)
                {
                    heap.DequeueEnqueue(doc, _passages[doc].Score);
                }
            }

            var best = heap.UnorderedItems.Select(i => i.Element).ToList();
            best.Sort();
            return best;
        }

        public void Dispose()
        {
            foreach (var doc in _touched)
            {
                _passages[doc] = default;
            }

            Passages.Return(_passages);
            ReturnList(_touched);
            ReturnList(_concept);
        }

        private static List<int> RentList() => _spare is { Count: > 0 } spare ? spare.Pop() : [];

        private static void ReturnList(List<int> list)
        {
            // A few per thread (a search's segments), none that holds a large index's every document.
            if (list.Capacity <= 1 << 20 && (_spare ??= new Stack<List<int>>()).Count < 16)
            {
                list.Clear();
                _spare.Push(list);
            }
        }
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
