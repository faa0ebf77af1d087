using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Search.Semantic;
using KnowledgeGraph.Core.Search.Topics;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Core.Tests.Search.Semantic;

public class HybridSearcherTests(SeedCorpus corpus) : IClassFixture<SeedCorpus>
{
    private HybridSearcher Hybrid => corpus.Services.GetRequiredService<HybridSearcher>();

    private PassageSearcher Lexical => corpus.Services.GetRequiredService<PassageSearcher>();

    [Fact]
    public async Task A_query_in_other_words_finds_the_passages_plain_search_misses()
    {
        // 私营企业 and 走访 stand in no seed sentence together; the visits to 民营企业 do. Plain
        // search finds 走访 alone, as often about anything else; the hybrid search finds both.
        var request = new SearchRequest("私营企业走访", 10);

        var lexical = Lexical.Search(request);
        var hybrid = await Hybrid.SearchAsync(request);

        var huaian = corpus.PassageId("000:s6:p1:t3");
        var yancheng = corpus.PassageId("002:s10:p1:t2");
        Assert.DoesNotContain(lexical.Hits, h => h.Text.Contains("私营企业", StringComparison.Ordinal));
        Assert.Contains(huaian, corpus.Ids(hybrid).Take(5));
        Assert.Contains(yancheng, corpus.Ids(hybrid).Take(5));
        Assert.All(hybrid.Hits.Take(2), h => Assert.Contains("民营", h.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_semantic_mode_finds_a_topic_by_a_synonym_alone()
    {
        // 三农 is a synonym of 乡村振兴 in the vocabulary; the passages say 乡村振兴, 强村富民 or 农村.
        var result = await Hybrid.SearchAsync(new SearchRequest("三农工作", 10), SearchMode.Semantic);

        Assert.Contains(corpus.PassageId("000:s13:p1:t1"), corpus.Ids(result));
        Assert.Contains(corpus.PassageId("004:s4:p3:t3"), corpus.Ids(result));
        Assert.All(result.Hits.Take(3), h => Assert.True(h.Text.Contains("乡村振兴", StringComparison.Ordinal) || h.Text.Contains("农村", StringComparison.Ordinal), h.Text));
    }

    [Fact]
    public async Task The_lexical_mode_is_the_lexical_searcher()
    {
        var request = new SearchRequest("民营经济", 20);

        var lexical = Lexical.Search(request);
        var viaHybrid = await Hybrid.SearchAsync(request, SearchMode.Lexical);

        Assert.Equal(corpus.Ids(lexical), corpus.Ids(viaHybrid));
        Assert.Equal(lexical.Total, viaHybrid.Total);
    }

    [Fact]
    public async Task Query_syntax_is_searched_as_written_in_every_mode()
    {
        var request = new SearchRequest("\"码上议\" AND 平台", 20);

        var lexical = Lexical.Search(request);
        var hybrid = await Hybrid.SearchAsync(request);

        Assert.NotEmpty(lexical.Hits);
        Assert.Equal(corpus.Ids(lexical), corpus.Ids(hybrid));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_place_no_seed_names_finds_nothing_in_a_city_however_many_passages_share_a_character_with_it(bool vocabulary)
    {
        // 北京 stands in no seed: sharing 北 or 京 with a passage, or a topic, adds no hit.
        var weights = vocabulary ? HybridWeights.Default : HybridWeights.Default.WithoutVocabulary();

        var result = await Hybrid.SearchAsync(new SearchRequest("北京", 20) { City = "泰州市" }, SearchMode.Hybrid, weights);

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Hits);
        Assert.All(result.Facets.Values, f => Assert.Empty(f));
    }

    [Fact]
    public async Task The_hybrid_total_counts_only_passages_that_hold_the_query_or_its_associates()
    {
        var query = await Hybrid.UnderstandAsync("民营经济");
        var forms = query.Concepts.SelectMany(c => c.Expansions.Select(e => e.Term).Prepend(c.Text)).ToList();
        var entities = query.Entities.Select(e => e.Id).ToHashSet();

        var result = await Hybrid.SearchAsync(new SearchRequest("民营经济", SearchLimits.MaxLimit));

        Assert.InRange(result.Total, 1, result.Hits.Count);
        Assert.All(result.Hits, h => Assert.True(
            forms.Any(f => h.Text.Replace("“", "").Replace("”", "").Contains(f, StringComparison.Ordinal)) || h.Entities.Any(e => entities.Contains(e.Id)),
            $"{h.PassageId} holds neither 民营经济 nor an associate: {h.Text}"));
        Assert.Equal(result.Total, result.Facets["city"].Sum(f => f.Count) + result.Hits.Count(h => h.City is null));
    }

    [Fact]
    public async Task The_ingest_job_learns_associations_next_to_the_index_and_leaves_them_when_nothing_changed()
    {
        Assert.Equal(Core.Search.Associations.AssociationRefreshKind.Recounted, corpus.Summary.Associations?.Kind);
        Assert.True(corpus.Summary.Associations!.Words > 100);
        var provider = corpus.Services.GetRequiredService<Core.Search.Associations.AssociationProvider>();
        Assert.True(provider.Current.Words.Words > 0);

        var again = await corpus.Services.GetRequiredService<Core.Ingestion.IngestJob>().RunAsync([corpus.Seeds]);

        Assert.Equal(Core.Search.Associations.AssociationRefreshKind.Unchanged, again.Associations?.Kind);
    }

    [Fact]
    public async Task Filters_apply_to_every_candidate_and_facets_count_what_is_kept()
    {
        var result = await Hybrid.SearchAsync(new SearchRequest("民企调研", 20) { City = "盐城市" });

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.Equal("盐城市", h.City));
        Assert.Equal([new FacetValue("盐城市", result.Total)], result.Facets["city"]);
    }

    [Fact]
    public async Task Hits_are_highlighted_where_the_expansion_matched()
    {
        var result = await Hybrid.SearchAsync(new SearchRequest("私营企业走访", 5));

        var hit = result.Hits.Single(h => h.PassageId == corpus.PassageId("000:s6:p1:t3"));
        var marked = hit.Highlights.Select(s => hit.Text[s.Start..s.End]).ToList();
        Assert.Contains(marked, m => m.Contains("民营企业", StringComparison.Ordinal));
        Assert.Contains(marked, m => m.Contains("走访", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Paging_gives_the_next_hits_of_the_same_ranking()
    {
        var first = await Hybrid.SearchAsync(new SearchRequest("营商环境", 5));
        var second = await Hybrid.SearchAsync(new SearchRequest("营商环境", 5, 5));
        var both = await Hybrid.SearchAsync(new SearchRequest("营商环境", 10));

        Assert.Equal(corpus.Ids(both), corpus.Ids(first).Concat(corpus.Ids(second)));
    }

    [Fact]
    public async Task A_request_out_of_bounds_is_refused_in_every_mode()
    {
        foreach (var mode in new[] { SearchMode.Lexical, SearchMode.Semantic, SearchMode.Hybrid })
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => Hybrid.SearchAsync(new SearchRequest("民营经济", 0), mode));
            await Assert.ThrowsAnyAsync<ArgumentException>(() => Hybrid.SearchAsync(new SearchRequest("民营经济", 10, -1), mode));
            await Assert.ThrowsAnyAsync<ArgumentException>(() => Hybrid.SearchAsync(new SearchRequest(" ", 10), mode));
        }
    }

    [Theory]
    [InlineData("hybrid", SearchMode.Hybrid)]
    [InlineData("Semantic", SearchMode.Semantic)]
    [InlineData("LEXICAL", SearchMode.Lexical)]
    [InlineData(null, SearchMode.Hybrid)]
    public void A_mode_is_read_by_name_in_any_case_and_hybrid_when_missing(string? text, SearchMode expected)
    {
        Assert.True(SearchModes.TryParse(text, out var mode));
        Assert.Equal(expected, mode);
    }

    [Theory]
    [InlineData("bm25")]
    [InlineData("1")]
    public void Any_other_mode_is_refused(string text) => Assert.False(SearchModes.TryParse(text, out _));

    [Fact]
    public async Task The_ingest_job_trains_the_topic_model_next_to_the_index_and_leaves_it_when_nothing_changed()
    {
        Assert.Equal(TopicRefreshKind.Retrained, corpus.Summary.Topics?.Kind);
        Assert.True(TopicModel.ExistsIn(TopicIndex.FolderIn(corpus.Data)));
        var provider = corpus.Services.GetRequiredService<TopicIndexProvider>();
        Assert.NotNull(provider.Current.VectorOf(corpus.PassageId("000:s6:p1:t3")));

        var again = await corpus.Services.GetRequiredService<Core.Ingestion.IngestJob>().RunAsync([corpus.Seeds]);

        Assert.Equal(TopicRefreshKind.Unchanged, again.Topics?.Kind);
    }
}
