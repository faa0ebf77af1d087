using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Extraction.Mentions;

namespace KnowledgeGraph.Core.Extraction.Relations;

/// <summary>
/// The weaker evidence for RELATED_TO: two initiatives named in one clause of a sentence that
/// links them in no form <see cref="InitiativeLinks"/> reads, with words other than a list's
/// between them (“A”推出的“B”, “A”活动成为“B”的亮点, 把“A”办成“B”). Such a pair is kept with a
/// low weight and its basis named, so a reader can tell it from a stated link.
/// </summary>
/// <remarks>
/// Left out, because in the genre they say little: a clause naming more than
/// <see cref="MaxInClause"/> initiatives (an enumeration of a year's work), two names only
/// separated by list marks or conjunctions (“A”“B”, A和B等), two names with an enumeration's mark
/// between them (A、C、B: items of one list, whatever else was named), two names in different clauses
/// (开展A活动，举办B: each clause its own piece of work), two names with a third between them
/// (only neighbours are paired), and names more than
/// <see cref="MaxBetween"/> characters apart.
/// </remarks>
internal static partial class SentenceCoMention
{
    /// <summary>A clause naming more initiatives than this is an enumeration.</summary>
    public const int MaxInClause = 3;

    private const int MaxBetween = 16;

    /// <summary>
    /// True when <paramref name="first"/> and the later <paramref name="second"/> stand in one clause
    /// with more than a list between them; <paramref name="inSentence"/> are the initiatives the
    /// sentence names.
    /// </summary>
    public static bool Read(Mention first, Mention second, IReadOnlyList<Mention> inSentence)
    {
        if (first.Unit != second.Unit || second.Start < first.End)
        {
            return false;
        }

        var unit = first.Unit;
        var clause = unit.ClauseAt(first.Start);
        if (clause != unit.ClauseAt(second.Start))
        {
            return false;
        }

        var between = Quotes().Replace(unit.Text[first.End..second.Start], "");
        if (between.Length > MaxBetween || Stops().IsMatch(between) || between.Contains('、', StringComparison.Ordinal) || ListOnly().IsMatch(between))
        {
            return false;
        }

        if (inSentence.Any(m => m.Id != first.Id && m.Id != second.Id && m.Start >= first.End && m.End <= second.Start))
        {
            return false;
        }

        var inClause = inSentence.Where(m => m.Start >= clause.Start && m.End <= clause.End).Select(m => m.Id).Distinct(StringComparer.Ordinal).Count();
        return inClause <= MaxInClause;
    }

    [GeneratedRegex("[“”‘’\"「」『』《》]")]
    private static partial Regex Quotes();

    [GeneratedRegex("[，,。；;！？：:（）()]")]
    private static partial Regex Stops();

    // What stands between two list items: marks, conjunctions and the generic nouns that close a name.
    [GeneratedRegex("^(?:[、/\\s]|和|与|及|以及|同|或|等|平台|系统|行动|工程|品牌|机制|活动|计划|改革|建设|工作|项目|试点|示范|两大|三大|两个|三个|多个|一系列)*$")]
    private static partial Regex ListOnly();
}
