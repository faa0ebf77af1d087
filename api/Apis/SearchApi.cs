using System.ComponentModel;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Search;
using KnowledgeGraph.Core.Search.Semantic;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeGraph.Api.Apis;

internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("api/search").WithTags("Search")
            .MapGet("/", Search)
            .WithName("Search")
            .WithSummary("Ranked passages (sentences) that match a query, with highlights and facet counts")
            .WithDescription("Plain Chinese needs no syntax (民营经济走访); Lucene syntax (\"数字政协\" AND 平台) is used when it parses and read as plain text when it does not. A passage is a hit when it holds enough of the query: its words weighted by rarity, half of what the best passage holds and at least a quarter of the query. In lexical mode that is the query's own words (BM25 ranks the hits); in hybrid mode (the default) also their associates (the topic vocabulary, a general dictionary, word associations learned from the corpus) and the entities the query names, while topic similarity and shared bigrams only reorder. total and facets count exactly those hits. Filters narrow the hits.");
        // The dictionary and the learned associations load in the background from the start, not on the first search.
        _ = app.ServiceProvider.GetRequiredService<HybridSearcher>().WarmAsync();
        return app;
    }

    public static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> Search(
        HybridSearcher searcher,
        GraphSchema schema,
        [Description("What to look for, at most 200 characters. Example: 民营经济")] string? q,
        [Description("Only passages of this city, as the facets name it. Example: 淮安市")] string? city = null,
        [Description("Only passages of this province. Example: 江苏省")] string? province = null,
        [Description("Only passages of this committee (canonical name). Example: 政协盐城市委员会")] string? committee = null,
        [Description("Only passages about this year. Example: 2023")] int? year = null,
        [Description("Only passages that mention an entity of this type: Committee, Body, Place, Person, Initiative, Activity, Topic, Award, Regulation, Date. Example: Initiative")] string? entityType = null,
        [Description("Hits per page, 1 to 100 (default 20)")] int limit = 20,
        [Description("Hits to skip, 0 to 1000 (default 0)")] int offset = 0,
        [Description("lexical (BM25 over words, bigrams and SmartCn words), semantic (the query's associates and named entities without BM25 of its own words) or hybrid (both; the default). Example: hybrid")] string? mode = null,
        CancellationToken cancellationToken = default)
    {
        var problem = Problems.RequiredText("q", q, SearchLimits.MaxQueryLength, "民营经济")
            ?? Problems.OutOfRange("limit", limit, 1, SearchLimits.MaxLimit)
            ?? Problems.OutOfRange("offset", offset, 0, SearchLimits.MaxOffset)
            ?? Problems.OptionalText("city", city, 100)
            ?? Problems.OptionalText("province", province, 100)
            ?? Problems.OptionalText("committee", committee, 100)
            ?? UnknownLabel(schema, entityType)
            ?? (SearchModes.TryParse(mode, out _) ? null : Problems.BadRequest("Unknown mode", $"'{mode}' is not a search mode; use one of {string.Join(", ", SearchModes.Names)}."));
        if (problem is not null)
        {
            return problem;
        }

        SearchModes.TryParse(mode, out var searchMode);
        var request = new SearchRequest(q!.Trim(), limit, offset)
        {
            City = city,
            Province = province,
            Committee = committee,
            Year = year,
            EntityType = entityType,
        };
        var result = await searcher.SearchAsync(request, searchMode, cancellationToken: cancellationToken);
        return TypedResults.Ok(new SearchResponse(request.Text, searchMode.ToString().ToLowerInvariant(), result.Total, offset, limit, result.Hits, result.Facets));
    }

    /// <summary>A 400 when <paramref name="label"/> is given and not a label of the schema.</summary>
    public static ProblemHttpResult? UnknownLabel(GraphSchema schema, string? label, string name = "entityType") =>
        label is not null && !schema.Labels.ContainsKey(label)
            ? Problems.BadRequest($"Unknown {name}", $"'{label}' is not an entity type; use one of {string.Join(", ", schema.Labels.Keys)}.")
            : null;
}

/// <summary>A page of search hits.</summary>
/// <param name="Query">The query as read.</param>
/// <param name="Mode">The ranking used: lexical, semantic or hybrid.</param>
/// <param name="Total">How many passages hold enough of the query to be hits (see the search's description), after the filters.</param>
/// <param name="Offset">Hits skipped.</param>
/// <param name="Limit">Hits per page.</param>
/// <param name="Hits">This page's hits, best first.</param>
/// <param name="Facets">Counts of all matches by city, province, year, committee and entityType.</param>
public sealed record SearchResponse(
    string Query,
    string Mode,
    int Total,
    int Offset,
    int Limit,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
