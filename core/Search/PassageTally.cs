using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Search;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// What the passages of one index segment have gathered for a search (<see cref="MatchAccumulator"/>):
/// each passage's coverage and score, and, while a concept is added, how it holds that concept
/// (its strongest form, its best and its summed ranks), all side by side in one array indexed by
/// document. A form's passages are spread over the whole segment, and one memory page per
/// passage touched costs far less than one per array (in a virtual machine, a page the
/// processor's table does not hold is the dearest access).
/// </summary>
/// <remarks>The array comes from a pool of its own and goes back cleared wherever it was written
/// (fresh ones are zeroed), which the shared pool does not promise. One instance per segment and
/// search; not thread-safe.</remarks>
internal sealed class PassageTally : IDisposable
{
    // The share of a concept's other forms that adds to its best one (DisjunctionMax's tie).
    private const float Tie = 0.1f;

    // Large enough for segments of millions.
    private static readonly ArrayPool<Passage> Passages = ArrayPool<Passage>.Create(maxArrayLength: 1 << 24, maxArraysPerBucket: 32);

    // Words of bit sets of the segment's documents.
    private static readonly ArrayPool<long> Words = ArrayPool<long>.Shared;

    // Lists of documents grow to thousands for a common word: the thread's are reused.
    [ThreadStatic]
    private static Stack<List<int>>? _spare;

    private readonly int _size;
    private readonly Passage[] _passages;
    private readonly List<int> _touched = RentList();
    private readonly List<int> _concept = RentList();
    private readonly List<int> _matches = RentList();
    private float _best;

    /// <param name="size">The segment's number of documents.</param>
    public PassageTally(int size)
    {
        _size = size;
        _passages = Passages.Rent(Math.Max(1, size));
    }

    // A passage's coverage and score, and how it holds the concept being added.
    private struct Passage
    {
        public float Coverage;
        public float Score;
        public float Strength;
        public float Max;
        public float Sum;
    }

    /// <summary>The highest coverage of the segment, once <see cref="EndConcepts"/> was called.</summary>
    public float BestCoverage { get; private set; }

    /// <summary>How many passages hold some form added so far.</summary>
    public int TouchedCount => _touched.Count;

    /// <summary>A passage holds a form of the concept being added, with this strength and rank.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Hold(int doc, float strength, float rank)
    {
        ref var passage = ref _passages[doc];
        if (passage.Strength == 0)
        {
            _concept.Add(doc);
        }

        passage.Strength = Math.Max(passage.Strength, strength);
        passage.Max = Math.Max(passage.Max, rank);
        passage.Sum += rank;
    }

    /// <summary>
    /// Ends the concept being added: each passage holding it gains the concept's share times its
    /// strongest form, and the best form's rank plus a tenth of the others'.
    /// </summary>
    public void EndConcept(float share)
    {
        var best = _best;
        foreach (var doc in _concept)
        {
            ref var passage = ref _passages[doc];
            if (passage.Coverage == 0 && passage.Score == 0)
            {
                _touched.Add(doc);
            }

            // Never exactly 0 once touched, so that the test above holds for a concept of share 0.
            passage.Coverage += Math.Max(share * passage.Strength, float.Epsilon);
            passage.Score += passage.Max + (Tie * (passage.Sum - passage.Max));
            passage.Strength = 0;
            passage.Max = 0;
            passage.Sum = 0;

            // Coverage only grows: the highest after the last concept is the highest ever seen.
            best = Math.Max(best, passage.Coverage);
        }

        _best = best;
        _concept.Clear();
    }

    /// <summary>Every concept was added: the highest coverage is known.</summary>
    public void EndConcepts() => BestCoverage = _best;

    /// <summary>
    /// The touched documents whose coverage reaches <paramref name="threshold"/>, in document
    /// order (a list of the tally's, good until it is disposed); each gains <paramref name="boost"/>
    /// times its coverage in score, when the boost is positive (so with a boost, call it once).
    /// </summary>
    public List<int> Matches(float threshold, float boost = 0)
    {
        var matches = _matches;
        matches.Clear();

        // When much of the segment was touched, the touched documents are put in order by marking
        // them in a bit set (a bit a document, small enough to stay in the processor's cache) and
        // reading its bits, which is cheaper than sorting them or reading every passage's values.
        if (_touched.Count * 8L > _size)
        {
            var length = (_size + 63) >> 6;
            var words = Words.Rent(length);
            try
            {
                Array.Clear(words, 0, length);
                foreach (var doc in _touched)
                {
                    words[doc >> 6] |= 1L << (doc & 63);
                }

                for (var word = 0; word < length; word++)
                {
                    for (var bits = words[word]; bits != 0; bits &= bits - 1)
                    {
                        var doc = (word << 6) + BitOperations.TrailingZeroCount(bits);
                        if (Match(doc, threshold, boost))
                        {
                            matches.Add(doc);
                        }
                    }
                }
            }
            finally
            {
                Words.Return(words);
            }

            return matches;
        }

        foreach (var doc in _touched)
        {
            if (Match(doc, threshold, boost))
            {
                matches.Add(doc);
            }
        }

        matches.Sort();
        return matches;
    }

    // Whether a passage reaches the threshold; if so it gains the boost times its coverage.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Match(int doc, float threshold, float boost)
    {
        ref var passage = ref _passages[doc];
        if (passage.Coverage < threshold)
        {
            return false;
        }

        if (boost > 0)
        {
            passage.Score += boost * passage.Coverage;
        }

        return true;
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
        // A concept left half added (a search that failed) is cleared too. When much of the
        // segment was touched, clearing it whole is cheaper than passage by passage.
        if (_touched.Count * 4L > _size)
        {
            Array.Clear(_passages, 0, _size);
        }
        else
        {
            foreach (var doc in _touched)
            {
                _passages[doc] = default;
            }

            foreach (var doc in _concept)
            {
                _passages[doc] = default;
            }
        }

        Passages.Return(_passages);
        ReturnList(_touched);
        ReturnList(_concept);
        ReturnList(_matches);
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
