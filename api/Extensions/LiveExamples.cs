using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Search;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace KnowledgeGraph.Api.Extensions;

/// <summary>
/// Fills in the examples that are ids of what the server holds, so that "Try it out" answers on
/// every data folder: a document's id comes from where its file lies (the seeds' ids differ
/// between a data folder in the repository and one elsewhere), so no id written in the code
/// would do. The example passage is the first hit for 政协, the word every CPPCC document holds,
/// and the example document is that passage's.
/// </summary>
internal sealed class LiveExamples(PassageSearcher searcher) : IOperationFilter
{
    // The operations (by endpoint name) whose id parameter takes a document or a passage id.
    private static readonly Dictionary<string, Func<SearchHit, string>> Ids = new(StringComparer.Ordinal)
    {
        ["GetDocument"] = h => h.DocumentId,
        ["GetRelatedPassages"] = h => h.PassageId,
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var name = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        if (name is null || !Ids.TryGetValue(name, out var idOf) || Example() is not { } passage)
        {
            return;
        }

        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>().Where(p => p.Name == "id") ?? [])
        {
            parameter.Example = JsonValue.Create(idOf(passage));
        }
    }

    private SearchHit? Example() => searcher.Search(new SearchRequest("政协", 1)).Hits.FirstOrDefault();
}
