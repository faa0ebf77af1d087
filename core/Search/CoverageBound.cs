using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// MaxScore's bound, applied to what makes a match: a passage's coverage is at most the sum, over
/// the concepts, of the concept's share times the strongest of its forms the passage holds
/// (<see cref="MatchPlan"/>). The weak forms are a set chosen so that, even held all at once,
/// they add up to less than the threshold's floor (<see cref="MatchThreshold.Floor"/>): a
/// passage holding only weak forms can never match, whatever the best passage's coverage. So the
/// strong forms are read first, and the passages they hold are the candidates; the weak forms
/// are then read at the candidates only (<see cref="PreparedForm.Open"/>'s <c>only</c>), which
/// spares the passages no strong form holds, often most of a weak associate's list, and the
/// phrase places of those passages. Every candidate gathers exactly what it would have without
/// the bound, in the same order, so the matches, their scores, the totals and the facets are
/// the same to the last bit.
/// </summary>
internal sealed class CoverageBound
{
    // Float sums of shares: the bound keeps well clear of the floor less the matching's tolerance.
    private const double Slack = 1e-4;

    private readonly bool[][] _weak;

    private CoverageBound(bool[][] weak) => _weak = weak;

    /// <summary>
    /// The weak forms of <paramref name="concepts"/>, or null when there are none (or the
    /// threshold allows no bound). Forms are taken from the least coverage up, each while the
    /// weak forms' greatest possible coverage stays below the floor.
    /// </summary>
    /// <param name="concepts">The planned concepts.</param>
    /// <param name="threshold">The matching threshold.</param>
    /// <param name="tolerance">What the matching takes off the threshold for rounding.</param>
    public static CoverageBound? Of(IReadOnlyList<PlannedConcept> concepts, MatchThreshold threshold, double tolerance)
    {
        // Past 1 of the best, the floor could rise above the best passage's coverage, which the
        // candidates alone might then understate.
        var limit = threshold.Floor - tolerance - Slack;
        if (threshold.OfBest > 1 || limit <= 0)
        {
            return null;
        }

        var weak = concepts.Select(c => new bool[c.Forms.Count]).ToArray();
        var caps = new double[concepts.Count];
        var any = false;
        var forms = concepts
            .SelectMany((c, i) => c.Forms.Select((f, j) => (Concept: i, Form: j, Coverage: Math.Max(0, c.Share) * Math.Max(0, f.Strength))))
            .OrderBy(f => f.Coverage).ThenBy(f => f.Concept).ThenBy(f => f.Form);
        foreach (var (concept, form, coverage) in forms)
        {
            var raised = Math.Max(caps[concept], coverage);
            if (caps.Sum() - caps[concept] + raised < limit)
            {
                caps[concept] = raised;
                weak[concept][form] = true;
                any = true;
            }
        }

        return any ? new CoverageBound(weak) : null;
    }

    /// <summary>Whether form <paramref name="form"/> of concept <paramref name="concept"/> is weak.</summary>
    public bool IsWeak(int concept, int form) => _weak[concept][form];

    /// <summary>
    /// Reads the strong forms of a segment: the candidates (the passages they hold that pass the
    /// filters) and each strong form's postings, kept to be walked again in the plan's order.
    /// </summary>
    /// <param name="forms">Every concept's forms, prepared.</param>
    /// <param name="scored">Whether a form's scores are read (as the walk reads them).</param>
    /// <param name="leaf">The segment.</param>
    /// <param name="live">Its live documents.</param>
    /// <param name="allowed">The documents that pass the request's filters; all when null.</param>
    public Candidates Read(IReadOnlyList<IReadOnlyList<(PlannedForm Form, PreparedForm Postings)>> forms, Func<PlannedForm, bool> scored, AtomicReaderContext leaf, IBits? live, FixedBitSet? allowed)
    {
        var candidates = new Candidates(leaf, live, forms.Select(f => f.Count));
        for (var i = 0; i < forms.Count; i++)
        {
            for (var j = 0; j < forms[i].Count; j++)
            {
                if (!_weak[i][j] && forms[i][j].Postings.Open(leaf, live, whole: true) is { } cursor)
                {
                    candidates.Read(i, j, cursor, scored(forms[i][j].Form), allowed);
                }
            }
        }

        return candidates;
    }

    /// <summary>The candidates of one segment, and the strong forms' postings read to find them.</summary>
    internal sealed class Candidates : IDisposable
    {
        // Words of bits, cleared when rented.
        private static readonly ArrayPool<long> Words = ArrayPool<long>.Create(maxArrayLength: 1 << 20, maxArraysPerBucket: 32);

        private readonly AtomicReaderContext _leaf;
        private readonly IBits? _live;
        private readonly long[] _words;
        private readonly Strong?[][] _strong;

        public Candidates(AtomicReaderContext leaf, IBits? live, IEnumerable<int> forms)
        {
            _leaf = leaf;
            _live = live;
            var size = Math.Max(1, leaf.AtomicReader.MaxDoc);
            _words = Words.Rent(FixedBitSet.Bits2words(size));
            Array.Clear(_words);
            Bits = new FixedBitSet(_words, size);
            _strong = forms.Select(count => new Strong?[count]).ToArray();
        }

        /// <summary>The passages a strong form holds, that pass the filters.</summary>
        public FixedBitSet Bits { get; }

        /// <summary>How many candidates there are (counted on first use, once every strong form was read).</summary>
        public int Count => _count ??= Bits.Cardinality;

        private int? _count;

        /// <summary>A weak form's cursor, at the candidates only; null for a strong form (<see cref="TryStrong"/>) or a form with no passage here.</summary>
        public FormCursor? OpenWeak(int concept, int form, PreparedForm postings) =>
            _strong[concept][form] is null ? postings.Open(_leaf, _live, Bits) : null;

        /// <summary>Whether a strong form's postings are kept ones (<see cref="CommonPostings"/>), not read from the index for this search.</summary>
        public bool IsKept(int concept, int form) => _strong[concept][form] is { Rented: false };

        /// <summary>A strong form's passages and scores (empty when unscored), as read; false for a weak form or one with no passage here.</summary>
        public bool TryStrong(int concept, int form, out ReadOnlySpan<int> docs, out ReadOnlySpan<float> scores)
        {
            var strong = _strong[concept][form];
            docs = strong is null ? default : strong.Docs.AsSpan(0, strong.Count);
            scores = strong is null || !strong.Scored ? default : strong.Scores.AsSpan(0, strong.Count);
            return strong is not null;
        }

        // Reads a strong form's cursor to its end (kept postings are used as they are), and marks its allowed passages.
        internal void Read(int concept, int form, FormCursor cursor, bool scored, FixedBitSet? allowed)
        {
            var strong = cursor is CommonPostings.Cursor { Kept: var kept }
                ? new Strong(kept.Docs, kept.Scores, kept.Docs.Length, scored, Rented: false)
                : Strong.Read(cursor, scored);
            _strong[concept][form] = strong;
            foreach (var doc in strong.Docs.AsSpan(0, strong.Count))
            {
                if (allowed is null || allowed.Get(doc))
                {
                    Bits.Set(doc);
                }
            }
        }

        public void Dispose()
        {
            Words.Return(_words);
            foreach (var strong in _strong.SelectMany(s => s))
            {
                if (strong is { Rented: true })
                {
                    ArrayPool<int>.Shared.Return(strong.Docs);
                    ArrayPool<float>.Shared.Return(strong.Scores);
                }
            }
        }

        // A strong form's postings: kept ones, or read into arrays of the shared pool.
        private sealed record Strong(int[] Docs, float[] Scores, int Count, bool Scored, bool Rented)
        {
            public static Strong Read(FormCursor cursor, bool scored)
            {
                var docs = ArrayPool<int>.Shared.Rent(256);
                var scores = ArrayPool<float>.Shared.Rent(scored ? 256 : 0);
                var count = 0;
                for (var doc = cursor.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = cursor.NextDoc())
                {
                    if (count == docs.Length)
                    {
                        docs = Grown(docs, count);
                        scores = scored ? Grown(scores, count) : scores;
                    }

                    docs[count] = doc;
                    if (scored)
                    {
                        scores[count] = cursor.Score();
                    }

                    count++;
                }

                return new Strong(docs, scores, count, scored, Rented: true);
            }

            private static T[] Grown<T>(T[] array, int count)
            {
                var larger = ArrayPool<T>.Shared.Rent(array.Length * 2);
                Array.Copy(array, larger, count);
                ArrayPool<T>.Shared.Return(array);
                return larger;
            }
        }
    }
}
