using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Apis;

/// <summary>
/// Evidence as the API shows it: mentionStart and mentionEnd mark, in the repaired sentence, the
/// very words the evidence quotes from the seed's original text.
/// </summary>
public class EvidenceViewsTests(SeededApplication app) : IClassFixture<SeededApplication>
{
    [Fact]
    public async Task Every_evidence_item_of_every_entity_of_the_seeds_marks_the_words_it_quotes()
    {
        var originals = new Dictionary<string, string>(StringComparer.Ordinal);
        var checkedItems = 0;
        string? after = null;
        do
        {
            var page = await app.Client.GetJsonAsync("/api/entities", ("limit", "1000"), ("after", after ?? ""));
            foreach (var item in page.Items("items"))
            {
                var entity = await app.Client.GetJsonAsync("/api/entities/" + ApiClient.Escape(item.Str("id")), ("evidence", "1000"));
                foreach (var e in entity.Items("evidence"))
                {
                    var source = e.Str("source");
                    var original = originals.TryGetValue(source, out var text) ? text : originals[source] = File.ReadAllText(Seeds.Path(source));
                    var marked = Marked(e);
                    Assert.True(
                        Comparable(original[e.GetProperty("start").GetInt32()..e.GetProperty("end").GetInt32()]) == Comparable(marked),
                        $"{item.Str("id")}: '{marked}' marked in '{e.Str("text")}'");
                    checkedItems++;
                }
            }

            after = page.GetProperty("next").ValueKind == JsonValueKind.String ? page.Str("next") : null;
        }
        while (after is not null);

        // The seeds give some nine hundred (every mention of every entity but the documents).
        Assert.True(checkedItems > 500, $"{checkedItems} evidence items");
    }

    [Fact]
    public async Task The_Yancheng_visit_marks_its_own_figure_though_a_line_break_was_joined_earlier_in_the_sentence()
    {
        var answer = await app.Client.GetJsonAsync("/api/answers/cities", ("topic", "民营经济"), ("activity", "走访"));

        var yancheng = answer.Items("items").Single(c => c.Str("city") == "盐城市");
        var evidence = yancheng.Items("evidence").Single(e => e.Str("text").Contains("534家", StringComparison.Ordinal));
        Assert.Equal("走访534家民营企业", Marked(evidence));
        Assert.Equal(evidence.Str("text").IndexOf("走访534家", StringComparison.Ordinal), evidence.GetProperty("mentionStart").GetInt32());
    }

    [Fact]
    public async Task The_Huaian_committee_is_marked_by_its_own_words_and_never_by_the_two_of_two_levels()
    {
        var committee = await app.Client.GetJsonAsync("/api/entities/" + ApiClient.Escape("committee:政协淮安市委员会"), ("evidence", "1000"));

        var marks = committee.Items("evidence").Select(Marked).ToList();
        Assert.DoesNotContain("两", marks);
        Assert.Contains("市政协", marks);
        Assert.Contains("政协淮安市第九届委员会", marks);
        var levels = committee.Items("evidence").Single(e => e.Str("text").Contains("市县两级政协共走访", StringComparison.Ordinal));
        Assert.Equal(levels.Str("text").IndexOf("市县两级", StringComparison.Ordinal), levels.GetProperty("mentionStart").GetInt32());
    }

    private static string Marked(JsonElement evidence) =>
        evidence.Str("text")[evidence.GetProperty("mentionStart").GetInt32()..evidence.GetProperty("mentionEnd").GetInt32()];

    // Without whitespace (joined line breaks) and in compatibility form (full and half width alike).
    private static string Comparable(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Normalize(NormalizationForm.FormKC);
}
