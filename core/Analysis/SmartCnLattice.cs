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
/// Not thread-safe: one per tokenizer. The forms met are numbered and their dictionary facts
/// remembered (<see cref="SmartCnWords"/>, up to <see cref="WordMemory"/> forms), and so are pair
/// frequencies, by the two forms' numbers (up to <see cref="PairMemory"/> pairs); each memory is
/// forgotten at once when full. The bigram dictionary's double-hashed table makes a look-up that
/// misses walk a long probe chain, and a corpus repeats its words and word pairs.
/// </remarks>
internal sealed class SmartCnLattice
{
    /// <summary>How many pair frequencies are remembered before the memory is cleared.</summary>
    public const int PairMemory = 200_000;

    /// <summary>How many word forms are remembered before the memory is cleared.</summary>
    public const int WordMemory = 100_000;

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
    private char[] _form = new char[16];
    private readonly SmartCnWords _words;
    // Keyed by the two forms' numbers.
    private readonly NumberedMemory<int> _pairFrequencies = new();
    private readonly int _pairMemory;
    private int _pairGeneration; // the word numbers' generation the remembered pairs were counted in

    /// <summary>A lattice that remembers the usual number of forms and pairs.</summary>
    public SmartCnLattice()
        : this(WordMemory, PairMemory)
    {
    }

    /// <summary>A lattice that remembers up to <paramref name="words"/> forms and <paramref name="pairs"/> pair frequencies.</summary>
    public SmartCnLattice(int words, int pairs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pairs, 1);
        _words = new SmartCnWords(words);
        _pairMemory = pairs;
    }

    /// <summary>
    /// One candidate word: its dictionary form (a placeholder for letters and digits) and that
    /// form's number in <see cref="_words"/>, span, kind and frequency.
    /// </summary>
    private readonly record struct Candidate(char[] Form, int Word, int Start, int End, WordType Type, int Frequency);

    /// <summary>
    /// Appends to <paramref name="words"/> the words of the best path through
    /// <paramref name="sentence"/>, in order, without the start and end marks, as tokens ready for
    /// <see cref="SegTokenFilter"/>: dictionary words carry their form, letters and digits the
    /// sentence's own characters; offsets are <paramref name="offset"/> plus those in the sentence.
    /// </summary>
    public void Segment(string sentence, int offset, List<SegToken> words)
    {
        _words.ForgetIfFull();
        if (_pairGeneration != _words.Generation)
        {
            // The forms were numbered anew since these pairs were remembered.
            _pairFrequencies.Clear();
            _pairGeneration = _words.Generation;
        }

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
        Add(StartWord, -1, 0, WordType.SENTENCE_BEGIN, StartFrequency);
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
                    Add(sentence.AsSpan(i, 1), i, i + 1, WordType.DELIMITER, Utility.MAX_FREQUENCE);
                    i++;
                    break;
                default: // outside the dictionary's character set: an unknown string of one character
                    Add(StringWord, i, i + 1, WordType.STRING, StringFrequency);
                    i++;
                    break;
            }
        }

        Add(EndWord, length, length + 1, WordType.SENTENCE_END, EndFrequency);
    }

    // The character at i alone, then every longer dictionary word from i (spaces inside are passed over).
    private void AddDictionaryWords(string sentence, int i)
    {
        var length = sentence.Length;
        _form[0] = sentence[i];
        var word = Learned(null, 1);
        Add(new Candidate(word.Form, word.Number, i, i + 1, WordType.CHINESE_WORD, word.Frequency));
        var n = 1;
        var j = i + 1;
        while (j <= length && word.Prefix != -1)
        {
            if (n > 1 && word.IsWord)
            {
                Add(new Candidate(word.Form, word.Number, i, j, WordType.CHINESE_WORD, word.Frequency));
            }

            while (j < length && Utility.GetCharType(sentence[j]) == CharType.SPACE_LIKE)
            {
                j++;
            }

            if (j >= length || Utility.GetCharType(sentence[j]) != CharType.HANZI)
            {
                break;
            }

            if (n == _form.Length)
            {
                Array.Resize(ref _form, n * 2);
            }

            _form[n++] = sentence[j];
            word = Learned(word, n);
            j++;
        }
    }

    // The entry of the first n characters of _form, which extend those of shorter (null for the
    // first), with its dictionary facts: a single character's entry is searched from the start, a
    // longer form's from its shorter prefix's, as Lucene does; both are functions of the form alone.
    private SmartCnWords.Word Learned(SmartCnWords.Word? shorter, int n)
    {
        var word = _words.Extend(shorter, _form.AsSpan(0, n));
        if (!word.Known)
        {
            var prefix = shorter is null ? Dictionaries.PrefixMatch(word.Form) : Dictionaries.PrefixMatch(word.Form, shorter.Prefix);
            var isWord = n > 1 && prefix != -1 && Dictionaries.IsWord(word.Form, prefix);
            word.Learn(n == 1 || isWord ? Dictionaries.WordFrequency(word.Form) : 0, prefix, isWord);
        }

        return word;
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

        Add(form, i, j, fullWidth ? fullType : halfType, frequency);
        return j;
    }

    // A candidate whose form is not a Chinese word's (a mark, placeholder or delimiter): numbered, not looked up.
    private void Add(ReadOnlySpan<char> form, int start, int end, WordType type, int frequency)
    {
        var word = _words.Get(form);
        Add(new Candidate(word.Form, word.Number, start, end, type, frequency));
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
        double pair = PairFrequency(from, to);
        return -Math.Log(smooth * (1.0 + one) / (Utility.MAX_FREQUENCE + 0.0)
            + (1.0 - smooth) * ((1.0 - tiny) * pair / (1.0 + one) + tiny));
    }

    private int PairFrequency(in Candidate from, in Candidate to)
    {
        var key = ((long)from.Word << 32) | (uint)to.Word;
        if (_pairFrequencies.TryGetValue(key, out var frequency))
        {
            return frequency;
        }

        frequency = Dictionaries.PairFrequency(Joined(from.Form, to.Form));
        if (_pairFrequencies.Count >= _pairMemory)
        {
            _pairFrequencies.Clear();
        }

        _pairFrequencies.Add(key, frequency);
        return frequency;
    }

    // The bigram dictionary's spelling of a pair: first@second.
    private static char[] Joined(char[] first, char[] second)
    {
        var pair = new char[first.Length + 1 + second.Length];
        first.CopyTo(pair, 0);
        pair[first.Length] = PairSeparator;
        second.CopyTo(pair, first.Length + 1);
        return pair;
    }
}
