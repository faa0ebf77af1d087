using System.Globalization;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks.Retrieval;

/// <summary>
/// The queries the speed benchmarks send: the 20 of <see cref="SearchLatency.Queries"/>, or the
/// lines of a file (<c>--queries FILE</c>), such as those <see cref="Draw"/> writes. With many
/// distinct queries that do not repeat within a run, what is remembered between searches (term
/// statistics, stored passages) cannot stand in for the work a new query does.
/// </summary>
internal static class BenchmarkQueries
{
    /// <summary>The queries of <c>--queries FILE</c> (one a line, blank lines skipped), else the 20 rotating ones.</summary>
    public static string[] From(Arguments args)
    {
        var file = args.Get("queries");
        if (file is null)
        {
            return SearchLatency.Queries;
        }

        var queries = File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        return queries.Length > 0 ? queries : throw new ArgumentException($"{file} holds no query");
    }

    /// <summary>
    /// <c>queries --data DIR [--n 1000] [--seed 7] --out FILE</c>: draws distinct queries from the
    /// index's own text, as a researcher who has read some of it would type them: from a passage
    /// chosen at random, one word of two characters or more, or two adjacent ones, or two words of
    /// it apart (a plain two-word query), each at least once in the index, none repeated.
    /// </summary>
    public static int Draw(Arguments args)
    {
        var data = args.Get("data") ?? throw new ArgumentException("--data DIR is required");
        var output = args.Get("out") ?? throw new ArgumentException("--out FILE is required");
        var wanted = (int)args.Number("n", 1000);
        var random = new Random((int)args.Number("seed", 7));
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddKnowledgeGraph(data)
            .BuildServiceProvider();
        var index = services.GetRequiredService<PassageIndex>();
        var lexical = services.GetRequiredService<PassageSearcher>();
        var queries = index.Search(searcher =>
        {
            var reader = searcher.IndexReader;
            var found = new HashSet<string>(StringComparer.Ordinal);
            var list = new List<string>();
            for (var attempt = 0; attempt < wanted * 50 && list.Count < wanted; attempt++)
            {
                var text = reader.Document(random.Next(reader.MaxDoc)).Get(PassageFields.Text) ?? "";
                var words = lexical.QueryWords(text).Where(w => w.Length >= 2 && w.All(char.IsLetter)).ToList();
                if (words.Count == 0)
                {
                    continue;
                }

                var at = random.Next(words.Count);
                var query = random.Next(3) switch
                {
                    0 => words[at],
                    1 when at + 1 < words.Count && text.Contains(words[at] + words[at + 1], StringComparison.Ordinal) => words[at] + words[at + 1],
                    2 when words.Count > 2 => words[at] + " " + words[(at + 1 + random.Next(words.Count - 1)) % words.Count],
                    _ => words[at],
                };
                if (found.Add(query))
                {
                    list.Add(query);
                }
            }

            return list;
        });
        File.WriteAllLines(output, queries);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{queries.Count:N0} distinct queries drawn from {index.Count():N0} passages into {output}"));
        return 0;
    }
}
