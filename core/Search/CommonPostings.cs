using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// The postings of the common forms (a term or a phrase that a large share of a segment's
/// passages hold: 政协, 委员, 发展), read once into arrays of documents and BM25 scores and kept
/// for as long as the index reader is the current one. A search's cost grows with the postings
/// it walks, and the words of the genre that most queries share, or hold as parts of their own
/// (政协 in 政协委员), are the longest lists: walking an array instead of decoding postings, norms
/// and frequencies and scoring every passage again is what keeps a search over a large corpus
/// fast. The scores are the ones the similarity gave when they were read, so the ranking is the
/// same to the last bit.
/// </summary>
/// <remarks>Thread-safe without a lock on the way in (kept in a <see cref="PerReader{TKey, TValue}"/>
/// weighed in bytes); bounded by <see cref="Budget"/> bytes, past which it starts afresh. Only lists read with the
/// segment's own live documents are kept. The frequent forms (<see cref="IsFrequent"/>) are kept
/// apart, within <see cref="FrequentBudget"/>, so that however many of them the searches meet,
/// they never push the common lists out.</remarks>
public sealed class CommonPostings
{
    private PerReader<(string Form, int Segment), Postings>? _kept;
    private PerReader<(string Form, int Segment), Postings>? _frequent;

    /// <summary>A form is common in a segment when at least one in this many of its passages may hold it (64 by default).</summary>
    public int OneIn { get; init; } = 64;

    /// <summary>And at least this many (2,048 by default).</summary>
    public int AtLeast { get; init; } = 2_048;

    /// <summary>The bytes of arrays kept, at most (documents and scores, 8 bytes a posting when scored).</summary>
    public long Budget { get; init; } = 192L << 20;

    /// <summary>
    /// A form that is not common but has at least this many passages in a segment is frequent
    /// (2,048 by default): kept when it is read whole, as the strong forms of the coverage bound
    /// are (<see cref="CoverageBound"/>). In a large segment, where a common form needs many more
    /// passages, these are the associates of the genre's words (凝心聚力, 主题教育, 数字政协 and
    /// their runs of bigrams), which query after query reads again, phrase places and all.
    /// </summary>
    public int FrequentAtLeast { get; init; } = 2_048;

    /// <summary>The bytes of frequent forms' arrays kept, at most (64 MB by default).</summary>
    public long FrequentBudget { get; init; } = 64L << 20;

    /// <summary>Whether a list of about <paramref name="frequency"/> passages of a segment of <paramref name="size"/> is worth keeping.</summary>
    public bool IsCommon(int frequency, int size) => frequency >= AtLeast && frequency * (long)OneIn >= size;

    /// <summary>Whether a list of about <paramref name="frequency"/> passages is worth keeping when it is read whole anyway.</summary>
    public bool IsFrequent(int frequency) => frequency >= FrequentAtLeast;

    /// <summary>The kept postings of a form in a segment of <paramref name="reader"/>'s index, read by <paramref name="read"/> on first use, with the frequent lists when <paramref name="frequent"/> (kept apart from the common ones).</summary>
    internal Postings Get(IndexReader reader, string form, int segment, Func<Postings> read, bool frequent = false) =>
        Table(frequent).Get(reader, (form, segment), _ => read());

    /// <summary>The kept postings of a frequent form in a segment, when a search has read them whole since the last commit.</summary>
    internal bool TryGetFrequent(IndexReader reader, string form, int segment, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Postings postings) =>
        Table(frequent: true).TryGet(reader, (form, segment), out postings);

    /// <summary>About how many bytes of arrays are kept for <paramref name="reader"/>'s index: the common lists' and the frequent ones'.</summary>
    public (long Common, long Frequent) KeptBytes(IndexReader reader) => (_kept?.Weight(reader) ?? 0, _frequent?.Weight(reader) ?? 0);

    private PerReader<(string Form, int Segment), Postings> Table(bool frequent) => frequent
        ? LazyInitializer.EnsureInitialized(ref _frequent, () => new(FrequentBudget, postings => postings.Bytes))
        : LazyInitializer.EnsureInitialized(ref _kept, () => new(Budget, postings => postings.Bytes));

    /// <summary>A form's passages in one segment, in document order, and their scores (empty when it was read unscored).</summary>
    internal sealed record Postings(int[] Docs, float[] Scores)
    {
        public long Bytes => (Docs.Length + (long)Scores.Length) * 4;

        /// <summary>Reads a cursor to its end.</summary>
        public static Postings Read(FormCursor cursor, bool scored)
        {
            var docs = new List<int>();
            var scores = new List<float>();
            for (var doc = cursor.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = cursor.NextDoc())
            {
                docs.Add(doc);
                if (scored)
                {
                    scores.Add(cursor.Score());
                }
            }

            return new Postings([.. docs], [.. scores]);
        }
    }

    /// <summary>A cursor over kept postings.</summary>
    internal sealed class Cursor(Postings postings) : FormCursor
    {
        /// <summary>The postings it walks.</summary>
        public Postings Kept => postings;

        private readonly int[] _docs = postings.Docs;
        private readonly float[] _scores = postings.Scores;
        private int _at = -1;

        public override int NextDoc() => DocID = ++_at < _docs.Length ? _docs[_at] : DocIdSetIterator.NO_MORE_DOCS;

        public override int Advance(int target)
        {
            if (DocID >= target)
            {
                return DocID;
            }

            // Gallop from the current place, then search the last step.
            var low = _at + 1;
            var step = 1;
            var high = low;
            while (high < _docs.Length && _docs[high] < target)
            {
                low = high + 1;
                high += step;
                step <<= 1;
            }

            high = Math.Min(high, _docs.Length - 1);
            var found = low > high ? ~low : Array.BinarySearch(_docs, low, high - low + 1, target);
            _at = found >= 0 ? found : ~found;
            return DocID = _at < _docs.Length ? _docs[_at] : DocIdSetIterator.NO_MORE_DOCS;
        }

        public override float Score() => _scores[_at];
    }
}
