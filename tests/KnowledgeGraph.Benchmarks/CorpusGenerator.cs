using System.Text;
using KnowledgeGraph.Core.Places;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Makes a corpus of any size from the seed documents: each generated document takes the
/// paragraphs of a few seeds, in a shuffled order, and moves them to another city of the
/// gazetteer: the seeds' cities and counties (淮安, 盐城, 泰州, their counties and districts) are
/// replaced by a randomly chosen city and its own counties, so the corpus names thousands of
/// places and committees the seeds never do. Deterministic for a given seed.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly string[] SeedCities = ["320800", "320900", "321200"]; // 淮安市 盐城市 泰州市

    /// <summary>Writes documents of about 20 KB under <paramref name="folder"/> until it holds <paramref name="megabytes"/> MB; returns the bytes written.</summary>
    public static long Generate(string folder, double megabytes, int seed = 1)
    {
        var random = new Random(seed);
        var gazetteer = Gazetteer.Load();
        var cities = gazetteer.Places.Where(p => p.Level == PlaceLevel.City).OrderBy(p => p.Code, StringComparer.Ordinal).ToArray();
        var countiesOf = gazetteer.Places.Where(p => p.Level == PlaceLevel.County && p.ParentCode is not null)
            .GroupBy(p => p.ParentCode!).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Code, StringComparer.Ordinal).ToArray());
        var seedCities = SeedCities.Select(code => cities.Single(c => c.Code == code)).ToArray();
        var seedCounties = seedCities.SelectMany(c => countiesOf[c.Code]).ToArray();
        var byCode = cities.ToDictionary(c => c.Code);

        var paragraphs = SeedParagraphs();
        var budget = (long)(megabytes * 1024 * 1024);
        long written = 0;
        for (var n = 0; written < budget; n++)
        {
            var city = cities[random.Next(cities.Length)];
            if (!countiesOf.TryGetValue(city.Code, out var counties))
            {
                continue;
            }

            var text = new StringBuilder();
            while (Encoding.UTF8.GetByteCount(text.ToString()) < 20_000)
            {
                text.Append(paragraphs[random.Next(paragraphs.Count)]).Append("\n\n");
            }

            var moved = Move(text.ToString(), seedCities, seedCounties, city, counties, random);
            var path = Path.Combine(folder, $"{n / 500:D3}", $"{n:D5}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var bytes = Encoding.UTF8.GetBytes(moved);
            File.WriteAllBytes(path, bytes);
            written += bytes.Length;
        }

        return written;
    }

    // Replaces seed place names, full names before short ones, by the target city and counties.
    private static string Move(string text, Place[] seedCities, Place[] seedCounties, Place city, Place[] counties, Random random)
    {
        var replacements = new List<(string From, string To)>();
        foreach (var county in seedCounties)
        {
            var target = counties[random.Next(counties.Length)];
            replacements.Add((county.Name, target.Name));
            replacements.AddRange(county.ShortNames.Where(s => s.Length >= 2).Select(s => (s, target.ShortNames.FirstOrDefault() ?? target.Name)));
        }

        foreach (var seedCity in seedCities)
        {
            replacements.Add((seedCity.Name, city.Name));
            replacements.AddRange(seedCity.ShortNames.Select(s => (s, city.ShortNames.FirstOrDefault() ?? city.Name)));
        }

        var result = new StringBuilder(text);
        foreach (var (from, to) in replacements.OrderByDescending(r => r.From.Length))
        {
            result.Replace(from, to);
        }

        return result.ToString();
    }

    private static List<string> SeedParagraphs()
    {
        var normalizer = new TextNormalizer();
        return Directory.GetFiles(Path.Combine(Arguments.RepositoryRoot, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(f => normalizer.Normalize(File.ReadAllText(f)).Text.Split("\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(p => p.Length > 0)
            .ToList();
    }
}
