namespace KnowledgeGraph.Core.Extraction.Context;

/// <summary>
/// A county whose one-character name is a conjunction (和县, and 与, 及 forms) read where the
/// character joins two phrases: 讲话，和县政协常委会工作报告 is "the speech and the county committee's
/// report", not 和县's committee.
/// </summary>
internal static class ConjunctionCounty
{
    private const string Conjunctions = "和与及同跟";

    // Words after which 和县 is a place (在和县调研, 赴和县, 由和县政协主办) or the text starts with it.
    private const string Governing = "在赴到至来去由从向对将为的省市";

    /// <summary>True when <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>] is a
    /// two-character county read from a conjunction and 县 after a phrase it joins.</summary>
    public static bool IsConjunction(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        return end - start == 2 && start > 0 && start < text.Length && Conjunctions.Contains(text[start], StringComparison.Ordinal)
            && text[start + 1] == '县' && !Governing.Contains(text[start - 1], StringComparison.Ordinal)
            && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('\n' or '（' or '(' or '【' or '：' or ':');
    }
}
