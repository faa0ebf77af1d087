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

    public TopicWords(JiebaSegmenter segmenter, IEnumerable<string> stopWords)
    {
        _segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
        _stopWords = new HashSet<string>(stopWords ?? throw new ArgumentNullException(nameof(stopWords)), StringComparer.Ordinal);
    }

    /// <summary>jieba's stop word list, as the build copies it beside the program.</summary>
    public static string DefaultStopWordsPath => Path.Combine(SegmenterOptions.DefaultDataFolder, "jieba", "stop_words.utf8");

    /// <summary>With jieba's stop words (<see cref="DefaultStopWordsPath"/>).</summary>
    public static TopicWords Load(JiebaSegmenter segmenter, string? stopWordsPath = null) =>
        new(segmenter, File.ReadLines(stopWordsPath ?? DefaultStopWordsPath).Select(l => l.Trim()).Where(l => l.Length > 0));

    /// <summary>Whether <paramref name="word"/> is a stop word.</summary>
    public bool IsStopWord(string word) => _stopWords.Contains(word);

    /// <summary>The words of <paramref name="text"/> that count, in order, repeats kept.</summary>
    public IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        foreach (var word in _segmenter.Cut(text))
        {
            if (Counts(word))
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words;
    }

    /// <summary>
    /// A word counts when it has two characters or more, all of them letters (Han characters are
    /// letters; dates and figures are not), and is not a stop word.
    /// </summary>
    public bool Counts(string word) =>
        word.Length >= 2 && word.All(char.IsLetter) && !_stopWords.Contains(word);
}
