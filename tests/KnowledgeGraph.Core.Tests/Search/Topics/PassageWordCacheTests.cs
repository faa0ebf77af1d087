using KnowledgeGraph.Core.Search.Topics;

namespace KnowledgeGraph.Core.Tests.Search.Topics;

public class PassageWordCacheTests
{
    [Fact]
    public void Words_taken_by_the_last_reader_are_no_longer_kept_while_found_ones_stay()
    {
        var cache = new PassageWordCache();
        cache.Keep("p1", ["政协", "委员", "民营经济"]);
        cache.Keep("p2", ["协商", "议政"]);

        Assert.Equal(["政协", "委员", "民营经济"], cache.Find("p1")!);
        Assert.Equal(2, cache.Count);

        Assert.Equal(["协商", "议政"], cache.Take("p2")!);
        Assert.Null(cache.Take("p2"));
        Assert.Null(cache.Find("p2"));
        Assert.Equal(1, cache.Count);
        Assert.Null(cache.Take("p3"));
    }
}
