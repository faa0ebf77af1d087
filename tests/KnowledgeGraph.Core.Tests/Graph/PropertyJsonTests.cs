using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Tests.Graph;

public class PropertyJsonTests
{
    [Fact]
    public void Texts_made_one_after_another_on_a_thread_are_each_whole_and_alone()
    {
        var properties = new Dictionary<string, object> { ["role"] = "副主席", ["weight"] = 2.0, ["year"] = 2023L };

        Assert.Equal("""{"role":"副主席","weight":2.0,"year":2023}""", PropertyJson.ToJson(properties));
        Assert.Equal("""["委员","常委"]""", PropertyJson.ToJson(new[] { "委员", "常委" }));
        Assert.Equal("null", PropertyJson.ToJson(null));
    }

    [Fact]
    public void A_text_that_failed_half_way_leaves_nothing_behind_for_the_next()
    {
        var bad = new Dictionary<string, object> { ["ok"] = "是", ["bad"] = new Uri("http://example.org/") };

        Assert.Throws<ArgumentException>(() => PropertyJson.ToJson(bad));
        Assert.Equal("""{"name":"淮安市"}""", PropertyJson.ToJson(new Dictionary<string, object> { ["name"] = "淮安市" }));
    }

    [Fact]
    public void A_large_text_is_written_whole_and_the_next_small_one_too()
    {
        var large = string.Concat(Enumerable.Repeat("政协委员围绕乡村振兴开展调研。", 40_000));

        Assert.Equal($"\"{large}\"", PropertyJson.ToJson(large));
        Assert.Equal("1", PropertyJson.ToJson(1));
    }
}
