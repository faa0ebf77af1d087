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
/// processor's table does not hold is the dearest access). Which passages hold the concept being
/// added, and which were touched at all, are bit sets (a bit a document, small enough to stay in
/// the processor's cache), read in document order.
/// </summary>
/// <remarks>The array comes from a pool of its own and goes back cleared wherever it was written
/// (fresh ones are zeroed), which the shared pool does not promise: taking the matches clears
/// each touched passage as it is read, when its values are in the cache anyway, and keeps the
/// matches' scores in a list of their own. One instance per segment and search; not thread-safe.</remarks>
internal sealed class PassageTally : IDisposable
{
    // The share of a concept's other forms that adds to its best one (DisjunctionMax's tie).
    private const float Tie = 0.1f;

    // Large enough for segments of millions.
    private static readonly ArrayPool<Passage> Passages = ArrayPool<Passage>.Create(maxArrayLength: 1 << 24, maxArraysPerBucket: 32);

    // Words of bit sets of the segment's documents, and the matches' scores (cleared when rented,
    // or written before read).
    private static readonly ArrayPool<long> Words = ArrayPool<long>.Shared;
    private static readonly ArrayPool<float> Scores = ArrayPool<float>.Shared;

    // Lists of documents grow to thousands for a common word: the thread's are reused.
    [ThreadStatic]
    private static Stack<List<int>>? _spare;

    private readonly int _size;
    private readonly Passage[] _passages;
    private readonly long[] _touched;
    private readonly long[] _concept;
    private readonly List<int> _matches = RentList();
    private float[] _scores = [];
    private float _best;

    // The words of the bit sets that may have bits set: of the concept being added, of all.
    private int _conceptFirst = int.MaxValue;
    private int _conceptLast = -1;
    private int _touchedFirst = int.MaxValue;
    private int _touchedLast = -1;

    // Whether the matches were taken, which left every passage clear.
    private bool _taken;

    /// <param name="size">The segment's number of documents.</param>
    public PassageTally(int size)
    {
        _size = size;
        _passages = Passages.Rent(Math.Max(1, size));
        var words = (Math.Max(1, size) + 63) >> 6;
        _touched = Words.Rent(words);
        _concept = Words.Rent(words);
        Array.Clear(_touched, 0, words);
        Array.Clear(_concept, 0, words);
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

    /// <summary>How many passages hold some form of the concepts ended so far.</summary>
    public int TouchedCount { get; private set; }

    /// <summary>A passage holds a form of the concept being added, with this strength and rank.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Hold(int doc, float strength, float rank)
    {
        ref var passage = ref _passages[doc];
        var word = doc >> 6;
        _concept[word] |= 1L << doc;
        if (word < _conceptFirst)
        {
            _conceptFirst = word;
        }

        if (word > _conceptLast)
        {
            _conceptLast = word;
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
        for (var word = _conceptFirst; word <= _conceptLast; word++)
        {
            var bits = _concept[word];
            if (bits == 0)
            {
                continue;
            }

            _concept[word] = 0;
            TouchedCount += BitOperations.PopCount((ulong)(bits & ~_touched[word]));
            _touched[word] |= bits;
            for (; bits != 0; bits &= bits - 1)
            {
                ref var passage = ref _passages[(word << 6) + BitOperations.TrailingZeroCount(bits)];

                // Never exactly 0 once touched, as it always was (coverage values stay the same to the bit).
                passage.Coverage += Math.Max(share * passage.Strength, float.Epsilon);
                passage.Score += passage.Max + (Tie * (passage.Sum - passage.Max));
                passage.Strength = 0;
                passage.Max = 0;
                passage.Sum = 0;

                // Coverage only grows: the highest after the last concept is the highest ever seen.
                best = Math.Max(best, passage.Coverage);
            }
        }

        _touchedFirst = Math.Min(_touchedFirst, _conceptFirst);
        _touchedLast = Math.Max(_touchedLast, _conceptLast);
        _conceptFirst = int.MaxValue;
        _conceptLast = -1;
        _best = best;
    }

    /// <summary>Every concept was added: the highest coverage is known.</summary>
    public void EndConcepts() => BestCoverage = _best;

    /// <summary>
    /// The touched documents whose coverage reaches <paramref name="threshold"/>, in document
    /// order (a list of the tally's, good until it is disposed); each gains <paramref name="boost"/>
    /// times its coverage in score, when the boost is positive. Taken once: the passages are
    /// cleared as they are read, and the matches' scores are then read by their place in the list
    /// (<see cref="ScoreAt"/>).
    /// </summary>
    public List<int> Matches(float threshold, float boost = 0)
    {
        if (_taken)
        {
            throw new InvalidOperationException("The matches of a tally are taken once.");
        }

        _taken = true;
        var matches = _matches;
        var scores = _scores = Scores.Rent(Math.Max(1, TouchedCount));
        for (var word = _touchedFirst; word <= _touchedLast; word++)
        {
            var bits = _touched[word];
            if (bits == 0)
            {
                continue;
            }

            _touched[word] = 0;
            for (; bits != 0; bits &= bits - 1)
            {
                var doc = (word << 6) + BitOperations.TrailingZeroCount(bits);
                ref var passage = ref _passages[doc];
                if (passage.Coverage >= threshold)
                {
                    var score = passage.Score;
                    if (boost > 0)
                    {
                        score += boost * passage.Coverage;
                    }

                    scores[matches.Count] = score;
                    matches.Add(doc);
                }

                passage = default;
            }
        }

        return matches;
    }

    /// <summary>Adds <paramref name="boost"/> times the scorer's score at the matches (by their place in <see cref="Matches"/>' list) it also matches.</summary>
    public void AddAt(List<int> places, FormCursor? scorer, float boost)
    {
        if (scorer is null)
        {
            return;
        }

        foreach (var place in places)
        {
            var doc = _matches[place];
            var at = scorer.DocID < doc ? scorer.Advance(doc) : scorer.DocID;
            if (at == DocIdSetIterator.NO_MORE_DOCS)
            {
                return;
            }

            if (at == doc)
            {
                _scores[place] += boost * scorer.Score();
            }
        }
    }

    /// <summary>The score of the match at <paramref name="place"/> in <see cref="Matches"/>' list.</summary>
    public float ScoreAt(int place) => _scores[place];

    /// <summary>The places in <see cref="Matches"/>' list of the <paramref name="count"/> best matches by score so far, in document order.</summary>
    public List<int> Best(int count)
    {
        var matches = _matches.Count;
        if (matches <= count)
        {
            return Enumerable.Range(0, matches).ToList();
        }

        var heap = new PriorityQueue<int, float>(count + 1);
        for (var place = 0; place < matches; place++)
        {
            var score = _scores[place];
            if (heap.Count < count)
            {
                heap.Enqueue(place, score);
            }
            else if (heap.TryPeek(out _, out var weakest) && score > weakest)
            {
                heap.DequeueEnqueue(place, score);
            }
        }

        var best = heap.UnorderedItems.Select(i => i.Element).ToList();
        best.Sort();
        return best;
    }

    public void Dispose()
    {
        // Matches not taken (a search that failed, or a tally only looked at): the passages
        // touched, and those of a concept left half added, are cleared here.
        if (!_taken)
        {
            var first = Math.Min(_touchedFirst, _conceptFirst);
            var last = Math.Max(_touchedLast, _conceptLast);
            for (var word = first; word <= last; word++)
            {
                for (var bits = _touched[word] | _concept[word]; bits != 0; bits &= bits - 1)
                {
                    _passages[(word << 6) + BitOperations.TrailingZeroCount(bits)] = default;
                }
            }
        }

        Passages.Return(_passages);
        Words.Return(_touched);
        Words.Return(_concept);
        if (_scores.Length > 0)
        {
            Scores.Return(_scores);
        }

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
