using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Search.Topics;

/// <summary>
/// The words a topic model sees in a text: jieba words (default mode, so a word is counted once,
/// not once more for each of its parts), without stop words, numbers, punctuation and single
/// characters, which carry little of what a passage is about.
/// </summary>
/// <remarks>Thread-safe: the segmenter is, and the stop word set is read-only.</remarks>
public sealed class TopicWords
{
    private readonly JiebaSegmenter _segmenter;
    private readonly HashSet<string> _stopWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopWordsBySpan;

    // A thread's words of the text being cut, reused from one text to the next.
    [ThreadStatic]
    private static List<WordSpan>? t_spans;

    // A long text's span list is not kept beyond this many words.
    private const int MaximumKeptSpans = 1 << 16;

    public TopicWords(JiebaSegmenter segmenter, IEnumerable<string> stopWords)
    {
        _segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
        _stopWords = new HashSet<string>(stopWords ?? throw new ArgumentNullException(nameof(stopWords)), StringComparer.Ordinal);
        _stopWordsBySpan = _stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>jieba's stop word list, as the build copies it beside the program.</summary>
    public static string DefaultStopWordsPath => Path.Combine(SegmenterOptions.DefaultDataFolder, "jieba", "stop_words.utf8");

    /// <summary>With jieba's stop words (<see cref="DefaultStopWordsPath"/>).</summary>
    public static TopicWords Load(JiebaSegmenter segmenter, string? stopWordsPath = null) =>
        new(segmenter, File.ReadLines(stopWordsPath ?? DefaultStopWordsPath).Select(l => l.Trim()).Where(l => l.Length > 0));

    /// <summary>Whether <paramref name="word"/> is a stop word.</summary>
    public bool IsStopWord(string word) => _stopWords.Contains(word);

    /// <summary>The words of <paramref name="text"/> that count, in order, repeats kept.</summary>
    /// <remarks>
    /// The text is cut into spans and a string is made only for a word that counts (the
    /// punctuation, numbers and stop words the sampler never sees were most of the words).
    /// </remarks>
    public IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = t_spans ??= new List<WordSpan>(256);
        spans.Clear();
        _segmenter.Segment(text, spans);
        var words = new List<string>();
        foreach (var span in spans)
        {
            if (Counts(text.AsSpan(span.Start, span.Length)))
            {
                words.Add(text.Substring(span.Start, span.Length).ToLowerInvariant());
            }
        }

        if (spans.Capacity > MaximumKeptSpans)
        {
            spans.Clear();
            spans.Capacity = MaximumKeptSpans;
        }

        return words;
    }

    /// <summary>
    /// A word counts when it has two characters or more, all of them letters (Han characters are
    /// letters; dates and figures are not), and is not a stop word.
    /// </summary>
    public bool Counts(string word) => Counts(word.AsSpan());

    private bool Counts(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return !_stopWordsBySpan.Contains(word);
    }
}
