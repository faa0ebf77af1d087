namespace KnowledgeGraph.Core.Segmentation;

/// <summary>A word found by the segmenter, as a span of the text it was given.</summary>
/// <param name="Start">Offset of the first UTF-16 code unit of the word.</param>
/// <param name="Length">Length of the word in UTF-16 code units.</param>
/// <param name="IsInner">
/// True for the dictionary 2- and 3-character words that search mode adds inside a longer word.
/// Inner words come before the word that contains them.
/// </param>
public readonly record struct WordSpan(int Start, int Length, bool IsInner = false)
{
    /// <summary>Offset just past the last code unit of the word.</summary>
    public int End => Start + Length;
}

/// <summary>A word with its text, offsets and part-of-speech tag.</summary>
public sealed record Token(string Word, int Start, int End, string Tag, bool IsInner = false);

/// <summary>How the segmenter cuts a text.</summary>
public enum SegmentMode
{
    /// <summary>The most probable segmentation: every character belongs to exactly one word.</summary>
    Default,

    /// <summary>
    /// Default mode plus the dictionary 2- and 3-character words inside longer words,
    /// so that a search for 政协 finds 政协委员会.
    /// </summary>
    Search,
}
