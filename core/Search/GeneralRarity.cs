using System.Globalization;
using KnowledgeGraph.Core.Segmentation;

namespace KnowledgeGraph.Core.Search;

/// <summary>
/// How rare a word is in general Chinese, from jieba's IDF table (<c>idf.utf8</c> of the
/// nodejieba package: about 260,000 words with their inverse document frequency over a large
/// general corpus), scaled to 0–1 by the table's largest value. A word the table lacks gets its
/// median, as jieba's keyword extraction does. Beside the corpus's own frequencies it keeps a
/// small corpus from weighing a common word (之前, 先) as if it were rare only because the corpus
/// never used it.
/// </summary>
/// <remarks>Read-only once loaded; thread-safe.</remarks>
public sealed class GeneralRarity
{
    private readonly Dictionary<string, double> _rarity;
    private readonly double _median;

    private GeneralRarity(Dictionary<string, double> rarity, double median)
    {
        _rarity = rarity;
        _median = median;
    }

    /// <summary>Where the build copies the table: <c>dict/jieba/idf.utf8</c> beside the program.</summary>
    public static string DefaultPath => Path.Combine(SegmenterOptions.DefaultDataFolder, "jieba", "idf.utf8");

    /// <summary>No table: every word is of middling rarity.</summary>
    public static GeneralRarity None { get; } = new(new Dictionary<string, double>(StringComparer.Ordinal), 0.5);

    /// <summary>Reads a table of <c>word idf</c> lines; <see cref="None"/> when the file is missing.</summary>
    public static GeneralRarity Load(string? path = null)
    {
        path ??= DefaultPath;
        if (!File.Exists(path))
        {
            return None;
        }

        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var space = line.LastIndexOf(' ');
            if (space > 0 && double.TryParse(line.AsSpan(space + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var idf))
            {
                values[line[..space]] = idf;
            }
        }

        if (values.Count == 0)
        {
            return None;
        }

        var max = values.Values.Max();
        var sorted = values.Values.Order().ToList();
        return new GeneralRarity(values.ToDictionary(v => v.Key, v => v.Value / max, StringComparer.Ordinal), sorted[sorted.Count / 2] / max);
    }

    /// <summary>The word's rarity, 0 (everywhere) to 1 (the rarest in the table).</summary>
    public double Of(string word) => _rarity.TryGetValue(word, out var rarity) ? rarity : _median;
}
