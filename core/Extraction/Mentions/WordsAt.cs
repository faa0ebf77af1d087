namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Words compared with a text at a position (ordinal comparison). Loops, not LINQ: the rules ask
/// at most positions of a sentence, where a lambda capturing the position allocated a closure for
/// each question.
/// </summary>
internal static class WordsAt
{
    /// <summary>True when <paramref name="word"/> stands at <paramref name="at"/> in <paramref name="text"/>.</summary>
    public static bool Starts(string text, int at, string word) => string.CompareOrdinal(text, at, word, 0, word.Length) == 0;

    /// <summary>True when one of <paramref name="words"/> stands at <paramref name="at"/>.</summary>
    public static bool StartsAny(string text, int at, string[] words) => First(text, at, words) is not null;

    /// <summary>True when one of <paramref name="words"/> ends right before <paramref name="at"/>.</summary>
    public static bool EndsAny(string text, int at, string[] words)
    {
        foreach (var word in words)
        {
            if (at >= word.Length && Starts(text, at - word.Length, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first of <paramref name="words"/> (in their order) that stands at <paramref name="at"/>, or null.</summary>
    public static string? First(string text, int at, string[] words)
    {
        foreach (var word in words)
        {
            if (Starts(text, at, word))
            {
                return word;
            }
        }

        return null;
    }
}
