namespace KnowledgeGraph.Core.Extraction.Mentions;

/// <summary>
/// Items named by a title (主席, 副主席, 本报记者 …) looked up at a position of a text. The items are
/// grouped by their title's first character, longest title first (items of titles of one length in
/// the order given), so a position costs one dictionary look-up and, only where a title's first
/// character stands, comparisons with the few titles that open with it, instead of every title at
/// every position.
/// </summary>
/// <typeparam name="T">The items: the titles themselves, or cues that hold one.</typeparam>
/// <remarks>Built once, then read-only: safe to read from several threads.</remarks>
internal sealed class TitleIndex<T>
    where T : class
{
    private readonly Func<T, string> _titleOf;
    private readonly Dictionary<char, T[]> _byFirst;

    /// <summary>Indexes <paramref name="items"/> by the title <paramref name="titleOf"/> gives each.</summary>
    /// <exception cref="ArgumentException">A title is empty.</exception>
    public TitleIndex(IEnumerable<T> items, Func<T, string> titleOf)
    {
        _titleOf = titleOf;
        var list = items.ToList();
        foreach (var item in list)
        {
            ArgumentException.ThrowIfNullOrEmpty(titleOf(item), nameof(items));
        }

        // GroupBy keeps the given order inside a group and OrderByDescending is stable: a group's order
        // is the order of all the items by length, restricted to the group.
        _byFirst = list.GroupBy(i => titleOf(i)[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(i => titleOf(i).Length).ToArray());
    }

    /// <summary>The items whose title opens with <paramref name="first"/>, longest title first.</summary>
    public ReadOnlySpan<T> OpeningWith(char first) => _byFirst.TryGetValue(first, out var items) ? items : [];

    /// <summary>The first item (of the longest title) whose title starts at <paramref name="at"/> in <paramref name="text"/>, or null.</summary>
    public T? LongestAt(string text, int at)
    {
        if (at >= text.Length)
        {
            return null;
        }

        foreach (var item in OpeningWith(text[at]))
        {
            if (WordsAt.Starts(text, at, _titleOf(item)))
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>True when an item's title is <paramref name="title"/>.</summary>
    public bool Contains(string title)
    {
        if (title.Length == 0)
        {
            return false;
        }

        foreach (var item in OpeningWith(title[0]))
        {
            if (string.Equals(_titleOf(item), title, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Builds <see cref="TitleIndex{T}"/> of plain titles.</summary>
internal static class TitleIndex
{
    /// <summary>An index of <paramref name="titles"/> themselves, each kept once.</summary>
    public static TitleIndex<string> Of(IEnumerable<string> titles) => new(titles.Distinct(StringComparer.Ordinal), t => t);
}
