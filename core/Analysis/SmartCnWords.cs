namespace KnowledgeGraph.Core.Analysis;

/// <summary>
/// The word forms one <see cref="SmartCnLattice"/> has met, each with a small number and what
/// SmartCn's word dictionary says of it, so that a form met again costs one hash look-up of its
/// characters instead of a new array and three dictionary searches, and a pair of forms can be
/// remembered by two numbers instead of a joined string.
/// </summary>
/// <remarks>
/// Not thread-safe. Holds about <see cref="Capacity"/> forms, then forgets them all at once when
/// told to (<see cref="ForgetIfFull"/>; <see cref="Generation"/> moves on, so that whoever keeps
/// numbers knows they were reused).
/// What a form is told is a function of its characters alone, so forgetting changes no result.
/// </remarks>
internal sealed class SmartCnWords
{
    private readonly Dictionary<string, Word> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Each form met through Extend, keyed by its shorter form's number (plus one; 0 for none) and
    // its last character: the lattice extends a form a character at a time, and this finds the
    // longer form without hashing all its characters again.
    private readonly NumberedMemory<Word> _extensions = new();

    /// <summary>Makes an empty table holding up to <paramref name="capacity"/> forms.</summary>
    public SmartCnWords(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many forms are held before all are forgotten.</summary>
    public int Capacity { get; }

    /// <summary>Counts the times the table was emptied: numbers given before are void after.</summary>
    public int Generation { get; private set; }

    /// <summary>The number of forms held.</summary>
    public int Count => _words.Count;

    /// <summary>
    /// Forgets every form if <see cref="Capacity"/> or more are held. Called between sentences
    /// only, so that the numbers of one sentence's words all come from one generation.
    /// </summary>
    public void ForgetIfFull()
    {
        if (_words.Count >= Capacity)
        {
            _words.Clear();
            _extensions.Clear();
            Generation++;
        }
    }

    /// <summary>
    /// The entry of <paramref name="form"/>, made when it is new. A new entry's number is the
    /// count of forms held before it; its dictionary facts are not yet looked up
    /// (<see cref="Word.Known"/> is false).
    /// </summary>
    public Word Get(ReadOnlySpan<char> form)
    {
        if (_lookup.TryGetValue(form, out var word))
        {
            return word;
        }

        word = new Word(form.ToArray(), _words.Count);
        _lookup[form] = word;
        return word;
    }

    /// <summary>
    /// The entry of <paramref name="form"/>, which is <paramref name="shorter"/>'s form and one
    /// more character (or a single character, <paramref name="shorter"/> null): the entry
    /// <see cref="Get"/> gives, found by the two.
    /// </summary>
    public Word Extend(Word? shorter, ReadOnlySpan<char> form)
    {
        var key = ((long)(shorter is null ? 0 : shorter.Number + 1) << 16) | form[^1];
        if (_extensions.TryGetValue(key, out var word))
        {
            return word;
        }

        word = Get(form);
        _extensions.Add(key, word);
        return word;
    }

    /// <summary>
    /// A form and, once <see cref="Known"/>, what the word dictionary says of it as a Chinese
    /// word: its frequency (when it is a word, or a single character), the index of the first
    /// entry it begins, and whether that entry is the form itself.
    /// </summary>
    internal sealed class Word(char[] form, int number)
    {
        /// <summary>The form's characters, shared by every candidate of this form: never written to.</summary>
        public char[] Form { get; } = form;

        /// <summary>The form's number in its table's current generation.</summary>
        public int Number { get; } = number;

        /// <summary>True once the dictionary facts below were looked up.</summary>
        public bool Known { get; private set; }

        /// <summary>The word dictionary's frequency of the form (0 when it is not a word).</summary>
        public int Frequency { get; private set; }

        /// <summary>The index of the first dictionary entry that starts with the form, or −1.</summary>
        public int Prefix { get; private set; }

        /// <summary>True when the entry at <see cref="Prefix"/> is the form itself.</summary>
        public bool IsWord { get; private set; }

        /// <summary>Records the dictionary facts of the form.</summary>
        public void Learn(int frequency, int prefix, bool isWord)
        {
            Frequency = frequency;
            Prefix = prefix;
            IsWord = isWord;
            Known = true;
        }
    }
}
