using KnowledgeGraph.Core.Search.Semantic;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Core.Tests.Search.Semantic;

public class RelatedPassagesTests(SeedCorpus corpus) : IClassFixture<SeedCorpus>
{
    private RelatedPassages Related => corpus.Services.GetRequiredService<RelatedPassages>();

    [Fact]
    public async Task The_same_activity_in_another_city_is_related_and_other_documents_come_first()
    {
        // 淮安's visit of 603 private firms; 盐城 ran the same visit (534 firms) in another document.
        var found = await Related.FindAsync(corpus.PassageId("000:s6:p1:t3"), 20);

        Assert.NotNull(found);
        var related = found.Value.Related;
        Assert.Contains(corpus.PassageId("002:s10:p1:t2"), related.Select(r => r.Passage.Id));
        Assert.DoesNotContain(related, r => r.Passage.Id == found.Value.Passage.Id);
        var firstSame = related.ToList().FindIndex(r => r.SameDocument);
        Assert.True(firstSame < 0 || related.Skip(firstSame).All(r => r.SameDocument));
        Assert.All(related, r => Assert.InRange(r.Score, 0.0, 1.0));
    }

    [Fact]
    public async Task Shared_entities_are_listed()
    {
        var found = await Related.FindAsync(corpus.PassageId("002:s10:p1:t2"), 20);

        var yanchengFromHuaian = found!.Value.Related.Single(r => r.Passage.Id == corpus.PassageId("000:s6:p1:t3"));
        Assert.Contains(yanchengFromHuaian.SharedEntities, e => e.Id == "topic:民营经济");
    }

    [Fact]
    public async Task An_unknown_passage_has_nothing()
    {
        Assert.Null(await Related.FindAsync("doc:0000000000000000:s1:p1:t1"));
    }
}
