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
    public void Entity_ids_are_kept_in_order_shared_between_passages_and_not_kept_when_there_are_none()
    {
        var cache = new PassageWordCache();
        cache.KeepEntities("p1", ["node:b", new string("node:a".AsSpan())]);
        cache.KeepEntities("p2", [new string("node:a".AsSpan())]);
        cache.KeepEntities("p3", []);

        var first = cache.TakeEntities("p1")!;
        var second = cache.TakeEntities("p2")!;
        Assert.Equal(["node:b", "node:a"], first);
        Assert.Same(first[1], second[0]);
        Assert.Null(cache.TakeEntities("p1"));
        Assert.Null(cache.TakeEntities("p3"));
    }

    [Fact]
    public void A_passage_is_kept_until_both_its_words_and_entities_are_taken_and_the_emptied_cache_keeps_again()
    {
        var cache = new PassageWordCache();
        cache.Reserve(2);
        cache.KeepEntities("p1", ["node:a"]);
        cache.Keep("p1", ["政协"]);

        Assert.Equal(["政协"], cache.Take("p1")!);
        Assert.Equal(0, cache.Count);
        Assert.Equal(["node:a"], cache.TakeEntities("p1")!);
        Assert.Null(cache.TakeEntities("p1"));

        // Emptied, then kept again: the entity numbers start anew.
        cache.KeepEntities("p2", ["node:b", "node:a"]);
        cache.KeepEntities("p3", ["node:a"]);
        Assert.Equal(["node:b", "node:a"], cache.TakeEntities("p2")!);
        cache.KeepEntities("p4", ["node:c", "node:b"]);
        Assert.Equal(["node:a"], cache.TakeEntities("p3")!);
        Assert.Equal(["node:c", "node:b"], cache.TakeEntities("p4")!);
    }
}
