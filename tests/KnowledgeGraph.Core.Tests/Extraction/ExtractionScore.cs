using System.Globalization;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>Precision and recall of one entity type: matched, extracted and gold counts.</summary>
internal sealed class ExtractionScore(string type)
{
    public string Type { get; } = type;

    public int Matched { get; private set; }

    public int Extracted { get; private set; }

    public int Gold { get; private set; }

    public List<string> Missed { get; } = [];

    public List<string> Spurious { get; } = [];

    public double Precision => Extracted == 0 ? 1 : (double)Matched / Extracted;

    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    /// <summary>
    /// Matches gold items to extracted nodes one to one: first every pair <paramref name="exact"/>
    /// accepts, then, among what is left, every pair <paramref name="loose"/> accepts (each gold
    /// item taking the first free node).
    /// </summary>
    public void Add<TGold>(string seed, IReadOnlyList<TGold> gold, IReadOnlyList<Node> extracted, Func<TGold, Node, bool> exact, Func<TGold, Node, bool> loose, Func<TGold, string> describe)
    {
        Gold += gold.Count;
        Extracted += extracted.Count;
        var free = extracted.ToList();
        var unmatched = gold.ToList();
        foreach (var rule in new[] { exact, loose })
        {
            foreach (var item in unmatched.ToList())
            {
                var match = free.FirstOrDefault(node => rule(item, node));
                if (match is not null)
                {
                    Matched++;
                    free.Remove(match);
                    unmatched.Remove(item);
                }
            }
        }

        Missed.AddRange(unmatched.Select(item => $"{seed}: {describe(item)}"));
        Spurious.AddRange(free.Select(n => $"{seed}: {n.Name}"));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Type,-12} precision {Precision:0.000} ({Matched}/{Extracted})  recall {Recall:0.000} ({Matched}/{Gold})");

    /// <summary>A name as compared: without quotes, spaces and punctuation.</summary>
    public static string Normalize(string name) =>
        new(name.Where(c => char.IsLetterOrDigit(c) || c == '+').ToArray());

    /// <summary>True when the normalized <paramref name="a"/> contains <paramref name="b"/> or the other way round (both non-empty).</summary>
    public static bool Overlaps(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        var (x, y) = (Normalize(a), Normalize(b));
        return x.Length > 0 && y.Length > 0 && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal));
    }
}
