using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;

namespace KnowledgeGraph.Core.Analysis;

/// <summary>
/// SmartCn's segmentation of one sentence (Lucene's <see cref="HHMMSegmenter"/>), computed the
/// same way over the same dictionaries with far fewer objects. The candidates are every
/// dictionary word at each Chinese character (the character alone always among them), each run
/// of letters or digits as one placeholder word, and each delimiter; between a candidate and each
/// candidate at the next occupied position the edge costs −log(0.1·(1+f₁)/F + 0.9·((1−1/F)·f₁₂/(1+f₁) + 1/F)),
/// f₁ the first word's frequency, f₁₂ the pair's in the bigram dictionary, F the largest
/// frequency; the cheapest path from the sentence's start mark to its end mark wins, the first
/// found on a tie, as in Lucene (candidates in order of start, then of length).
/// </summary>
/// <remarks>
/// Not thread-safe: one per tokenizer. Pair frequencies are remembered (up to
/// <see cref="PairMemory"/> pairs, then forgotten at once): the bigram dictionary's double-hashed
/// table makes a look-up that misses walk a long probe chain, and a corpus repeats its word pairs.
/// </remarks>
internal sealed class SmartCnLattice
{
    /// <summary>How many pair frequencies are remembered before the memory is cleared.</summary>
    public const int PairMemory = 200_000;

    // The dictionaries' placeholder words (their spelling in the dictionary files).
    private static readonly char[] StringWord = "未##串".ToCharArray();
    private static readonly char[] NumberWord = "未##数".ToCharArray();
    private static readonly char[] StartWord = "始##始".ToCharArray();
    private static readonly char[] EndWord = "末##末".ToCharArray();
    private const char PairSeparator = '@';

    private static readonly SmartCnDictionaries Dictionaries = SmartCnDictionaries.Shared;
    private static readonly int StartFrequency = Dictionaries.WordFrequency(StartWord);
    private static readonly int EndFrequency = Dictionaries.WordFrequency(EndWord);
    private static readonly int StringFrequency = Dictionaries.WordFrequency(StringWord);
    private static readonly int NumberFrequency = Dictionaries.WordFrequency(NumberWord);

    private readonly List<Candidate> _candidates = new(256);
    private readonly List<int> _groupStart = new(128);  // index of the first candidate at each occupied position
    private double[] _cost = new double[256];
    private int[] _previous = new int[256];
    private char[] _pair = new char[64];
    private readonly Dictionary<string, int> _pairFrequencies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _pairLookup;

    public SmartCnLattice() => _pairLookup = _pairFrequencies.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>One candidate word: its dictionary form (a placeholder for letters and digits), span, kind and frequency.</summary>
    private readonly record struct Candidate(char[] Form, int Start, int End, WordType Type, int Frequency);

    /// <summary>
    /// Appends to <paramref name="words"/> the words of the best path through
    /// <paramref name="sentence"/>, in order, without the start and end marks, as tokens ready for
    /// <see cref="SegTokenFilter"/>: dictionary words carry their form, letters and digits the
    /// sentence's own characters; offsets are <paramref name="offset"/> plus those in the sentence.
    /// </summary>
    public void Segment(string sentence, int offset, List<SegToken> words)
    {
        BuildCandidates(sentence);
        var last = FindPath();
        var first = words.Count;
        for (var k = _previous[last]; k > 0; k = _previous[k])
        {
            var c = _candidates[k];
            var form = c.Type is WordType.STRING or WordType.NUMBER or WordType.FULLWIDTH_STRING or WordType.FULLWIDTH_NUMBER
                ? sentence.AsSpan(c.Start, c.End - c.Start).ToArray()
                : c.Form;
            words.Add(new SegToken(form, offset + c.Start, offset + c.End, c.Type, c.Frequency));
        }

        words.Reverse(first, words.Count - first);
    }

    private void BuildCandidates(string sentence)
    {
        _candidates.Clear();
        _groupStart.Clear();
        Add(new Candidate(StartWord, -1, 0, WordType.SENTENCE_BEGIN, StartFrequency));
        var length = sentence.Length;
        var i = 0;
        while (i < length)
        {
            var type = Utility.GetCharType(sentence[i]);
            switch (type)
            {
                case CharType.SPACE_LIKE:
                    i++;
                    break;
                case CharType.HANZI:
                    AddDictionaryWords(sentence, i);
                    i++;
                    break;
                case CharType.LETTER:
                case CharType.FULLWIDTH_LETTER:
                    i = AddRun(sentence, i, CharType.LETTER, CharType.FULLWIDTH_LETTER, StringWord, StringFrequency, WordType.STRING, WordType.FULLWIDTH_STRING);
                    break;
                case CharType.DIGIT:
                case CharType.FULLWIDTH_DIGIT:
                    i = AddRun(sentence, i, CharType.DIGIT, CharType.FULLWIDTH_DIGIT, NumberWord, NumberFrequency, WordType.NUMBER, WordType.FULLWIDTH_NUMBER);
                    break;
                case CharType.DELIMITER:
                    Add(new Candidate([sentence[i]], i, i + 1, WordType.DELIMITER, Utility.MAX_FREQUENCE));
                    i++;
                    break;
                default: // outside the dictionary's character set: an unknown string of one character
                    Add(new Candidate(StringWord, i, i + 1, WordType.STRING, StringFrequency));
                    i++;
                    break;
            }
        }

        Add(new Candidate(EndWord, length, length + 1, WordType.SENTENCE_END, EndFrequency));
    }

    // The character at i alone, then every longer dictionary word from i (spaces inside are passed over).
    private void AddDictionaryWords(string sentence, int i)
    {
        var length = sentence.Length;
        var form = new[] { sentence[i] };
        Add(new Candidate(form, i, i + 1, WordType.CHINESE_WORD, Dictionaries.WordFrequency(form)));
        var found = Dictionaries.PrefixMatch(form);
        var j = i + 1;
        while (j <= length && found != -1)
        {
            if (form.Length > 1 && Dictionaries.IsWord(form, found))
            {
                Add(new Candidate(form, i, j, WordType.CHINESE_WORD, Dictionaries.WordFrequency(form)));
            }

            while (j < length && Utility.GetCharType(sentence[j]) == CharType.SPACE_LIKE)
            {
                j++;
            }

            if (j >= length || Utility.GetCharType(sentence[j]) != CharType.HANZI)
            {
                break;
            }

            var longer = new char[form.Length + 1];
            form.CopyTo(longer, 0);
            longer[^1] = sentence[j];
            form = longer;
            found = Dictionaries.PrefixMatch(form, found);
            j++;
        }
    }

    // A run of half- and full-width characters of one kind, as one placeholder word.
    private int AddRun(string sentence, int i, CharType half, CharType full, char[] form, int frequency, WordType halfType, WordType fullType)
    {
        var fullWidth = Utility.GetCharType(sentence[i]) == full;
        var j = i + 1;
        for (; j < sentence.Length; j++)
        {
            var type = Utility.GetCharType(sentence[j]);
            if (type != half && type != full)
            {
                break;
            }

            fullWidth |= type == full;
        }

        Add(new Candidate(form, i, j, fullWidth ? fullType : halfType, frequency));
        return j;
    }

    private void Add(Candidate candidate)
    {
        if (_candidates.Count == 0 || _candidates[^1].Start != candidate.Start)
        {
            _groupStart.Add(_candidates.Count);
        }

        _candidates.Add(candidate);
    }

    // Costs forward in candidate order (every edge runs from a candidate to a later one, so a
    // candidate's cost is final when its own edges are taken); returns the end mark's index.
    private int FindPath()
    {
        var count = _candidates.Count;
        if (_cost.Length < count)
        {
            _cost = new double[count * 2];
            _previous = new int[count * 2];
        }

        Array.Fill(_cost, double.MaxValue, 0, count);
        _cost[0] = 0;
        _previous[0] = 0;
        var group = 0; // the group of the current candidate
        for (var a = 0; a < count - 1; a++)
        {
            while (group + 1 < _groupStart.Count && _groupStart[group + 1] <= a)
            {
                group++;
            }

            var from = _candidates[a];
            var next = NextGroup(group, from.End);
            var nextEnd = next + 1 < _groupStart.Count ? _groupStart[next + 1] : count;
            for (var b = _groupStart[next]; b < nextEnd; b++)
            {
                var cost = _cost[a] + EdgeCost(from, _candidates[b]);
                if (cost < _cost[b])
                {
                    _cost[b] = cost;
                    _previous[b] = a;
                }
            }
        }

        return count - 1;
    }

    // The first group, after the given one, whose position is at or after end.
    private int NextGroup(int group, int end)
    {
        var g = group + 1;
        while (_candidates[_groupStart[g]].Start < end)
        {
            g++;
        }

        return g;
    }

    private double EdgeCost(in Candidate from, in Candidate to)
    {
        const double smooth = 0.1;
        var tiny = 1.0 / Utility.MAX_FREQUENCE;
        double one = from.Frequency;
        double pair = PairFrequency(from.Form, to.Form);
        return -Math.Log(smooth * (1.0 + one) / (Utility.MAX_FREQUENCE + 0.0)
            + (1.0 - smooth) * ((1.0 - tiny) * pair / (1.0 + one) + tiny));
    }

    private int PairFrequency(char[] first, char[] second)
    {
        var length = first.Length + 1 + second.Length;
        if (_pair.Length < length)
        {
            _pair = new char[length * 2];
        }

        first.CopyTo(_pair, 0);
        _pair[first.Length] = PairSeparator;
        second.CopyTo(_pair, first.Length + 1);
        var key = _pair.AsSpan(0, length);
        if (_pairLookup.TryGetValue(key, out var frequency))
        {
            return frequency;
        }

        frequency = Dictionaries.PairFrequency(key.ToArray());
        if (_pairFrequencies.Count >= PairMemory)
        {
            _pairFrequencies.Clear();
        }

        _pairLookup[key] = frequency;
        return frequency;
    }
}
