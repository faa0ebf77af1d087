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

    [Fact]
    public void Entity_ids_are_kept_in_their_order_and_taken_once_apart_from_the_words()
    {
        var cache = new PassageWordCache();
        cache.Keep("p1", ["协商"]);
        cache.KeepEntities("p1", ["committee:政协淮安市委员会", "place:江苏省/淮安市"]);
        cache.KeepEntities("p2", []);

        Assert.Equal(["committee:政协淮安市委员会", "place:江苏省/淮安市"], cache.TakeEntities("p1")!);
        Assert.Null(cache.TakeEntities("p1"));
        Assert.Equal(["协商"], cache.Take("p1")!);
        Assert.Empty(cache.TakeEntities("p2")!);
        Assert.Null(cache.TakeEntities("p3"));
    }

    [Fact]
    public void An_entity_id_kept_for_two_passages_is_one_instance()
    {
        var cache = new PassageWordCache();
        cache.KeepEntities("p1", [new string("committee:政协淮安市委员会".AsSpan())]);
        cache.KeepEntities("p2", [new string("committee:政协淮安市委员会".AsSpan())]);

        Assert.Same(cache.TakeEntities("p1")![0], cache.TakeEntities("p2")![0]);
    }
}
