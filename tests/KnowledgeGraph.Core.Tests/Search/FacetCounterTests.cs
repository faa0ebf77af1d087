using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Tests.Segmentation;
using Lucene.Net.Search;

namespace KnowledgeGraph.Core.Tests.Search;

public class FacetCounterTests
{
    private static readonly Node Committee = new("committee:政协淮安市委员会", "Committee", "政协淮安市委员会");
    private static readonly Node Initiative = new("initiative:码上议", "Initiative", "码上议");
    private static readonly Node Person = new("person:王明", "Person", "王明");

    // Three documents (three segments): passages of one document share city, province and year,
    // some passages name a county committee of their own, some no year, and their entities vary.
    private static List<DocumentGraph> Reports()
    {
        var reports = new List<DocumentGraph>();
        var cities = new (string? City, string? Province, int? Year)[] { ("淮安市", "江苏省", 2023), ("盐城市", "江苏省", null), (null, null, 2024) };
        for (var d = 0; d < cities.Length; d++)
        {
            var id = $"doc:{d}";
            var (city, province, year) = cities[d];
            var passages = Enumerable.Range(0, 7 + d).Select(k => new Passage($"{id}:s1:p1:t{k + 1}", id, $"{id}:s1", $"委员走访企业第{k}次。", k * 20, (k * 20) + 9)
            {
                City = city,
                Province = province,
                Year = k == 3 ? null : year,
                Committee = k % 3 == 0 ? "政协涟水县委员会" : city is null ? null : $"政协{city}委员会",
                EntityIds = (k % 4) switch
                {
                    0 => [],
                    1 => [Committee.Id],
                    2 => [Committee.Id, Initiative.Id],
                    _ => [Person.Id, Initiative.Id, Committee.Id],
                },
            }).ToList();
            reports.Add(new DocumentGraph(new Node(id, "Document", $"报告{d}"), [Committee, Initiative, Person], [], passages));
        }

        return reports;
    }

    // The counts a passage adds, read from what was indexed.
    private static IEnumerable<(string Field, string Value)> Values(Passage passage)
    {
        var labels = new Dictionary<string, string> { [Committee.Id] = "Committee", [Initiative.Id] = "Initiative", [Person.Id] = "Person" };
        return new[]
        {
            (PassageFields.City, passage.City),
            (PassageFields.Province, passage.Province),
            (PassageFields.Committee, passage.Committee),
            (PassageFields.Year, passage.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }
            .Concat(passage.EntityIds.Select(e => (PassageFields.EntityTypes, (string?)labels[e])).Distinct())
            .Where(v => v.Item2 is not null)
            .Select(v => (v.Item1, v.Item2!));
    }

    [Fact]
    public void Counts_by_profile_equal_the_values_of_every_passage_counted_across_segments_and_searches()
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        var reports = Reports();
        reports.ForEach(index.ReplaceDocument);
        var passages = reports.SelectMany(r => r.Passages).ToDictionary(p => p.Id);

        index.Search(searcher =>
        {
            Assert.True(searcher.IndexReader.Leaves.Count > 1);

            // Every passage, every other one, every third: one counter each, the pooled counts reused.
            foreach (var every in new[] { 1, 2, 3, 1 })
            {
                var counter = new FacetCounter();
                var counted = new List<string>();
                foreach (var leaf in searcher.IndexReader.Leaves)
                {
                    counter.SetNextReader(leaf);
                    for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                    {
                        if ((leaf.DocBase + doc) % every == 0)
                        {
                            counter.Collect(doc);
                            counted.Add(searcher.Doc(leaf.DocBase + doc).Get(PassageFields.Id));
                        }
                    }
                }

                var expected = counted.SelectMany(id => Values(passages[id]))
                    .GroupBy(v => v.Field)
                    .ToDictionary(g => g.Key, g => g.GroupBy(v => v.Value).Select(v => new FacetValue(v.Key, v.Count())).OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList());
                var results = counter.Results(100);

                Assert.Equal(5, results.Count);
                Assert.Contains(results[PassageFields.EntityTypes], v => v.Value == "Person");
                Assert.All(results, field => Assert.Equal(expected.GetValueOrDefault(field.Key) ?? [], field.Value));
            }

            return 0;
        });
    }

    [Fact]
    public void A_counter_that_meets_nothing_counts_nothing()
    {
        using var folder = new TempFolder();
        using var index = PassageIndex.Open(folder.Path, TestSegmenters.Cppcc);
        Reports().ForEach(index.ReplaceDocument);

        index.Search(searcher =>
        {
            var counter = new FacetCounter();
            searcher.Search(new TermQuery(new Lucene.Net.Index.Term(PassageFields.City, "泰州市")), counter);
            Assert.All(counter.Results(10), field => Assert.Empty(field.Value));
            return 0;
        });
    }
}
