using KnowledgeGraph.Core.Extraction.Evaluation;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// How the document fields were missed, counted by kind (<c>extraction-eval --miss-kinds</c>): nothing
/// extracted where the annotation has a value, a value where it has none, or another value; for the issuer,
/// another value split by whether each side is a CPPCC committee or another body. Counts only, never a
/// document: a test half read this way tells which kind of rule to look for, not which text to read.
/// </summary>
internal static class FieldMissKinds
{
    public static void Print(IReadOnlyList<(string Name, IReadOnlyList<DocumentOutcome> Outcomes)> halves)
    {
        Console.WriteLine();
        Console.WriteLine($"{"misses by kind",-36} " + string.Join(" ", halves.Select(h => $"{h.Name,-22}")));
        foreach (var field in new[] { Measures.Title, Measures.Issuer, Measures.Year, Measures.Date })
        {
            foreach (var kind in Kinds(field))
            {
                var counts = halves.Select(h => h.Outcomes.Count(o => o.Fields.TryGetValue(field, out var f) && !f.Right && KindOf(field, f) == kind));
                Console.WriteLine($"{field + ": " + kind,-36} " + string.Join(" ", counts.Select(c => $"{c,-22}")));
            }
        }
    }

    private static string[] Kinds(string field) =>
        field == Measures.Issuer
            ? ["none extracted", "extracted, none annotated", "parent committee for its own", "own committee for its parent", "committee of another place", "committee for other body", "other body for committee", "other body for other"]
            : ["none extracted", "extracted, none annotated", "another value"];

    private static string KindOf(string field, FieldOutcome outcome)
    {
        if (outcome.Extracted is null)
        {
            return "none extracted";
        }

        if (outcome.Gold is null)
        {
            return "extracted, none annotated";
        }

        if (field != Measures.Issuer)
        {
            return "another value";
        }

        return (IsCommittee(outcome.Extracted), IsCommittee(outcome.Gold)) switch
        {
            (true, true) => Place(outcome.Gold).StartsWith(Place(outcome.Extracted), StringComparison.Ordinal) ? "parent committee for its own"
                : Place(outcome.Extracted).StartsWith(Place(outcome.Gold), StringComparison.Ordinal) ? "own committee for its parent"
                : "committee of another place",
            (true, false) => "committee for other body",
            (false, true) => "other body for committee",
            _ => "other body for other",
        };
    }

    // 政协淮安市涟水县委员会 → 淮安市涟水县: the places a committee's full name chains, to tell a parent's from its own.
    private static string Place(string name) =>
        name.Replace("中国人民政治协商会议", "", StringComparison.Ordinal).Replace("政协", "", StringComparison.Ordinal)
            .Replace("委员会", "", StringComparison.Ordinal);

    private static bool IsCommittee(string name) =>
        name.Contains("政协", StringComparison.Ordinal) || name.Contains("政治协商会议", StringComparison.Ordinal);
}
