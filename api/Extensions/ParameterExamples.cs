using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace KnowledgeGraph.Api.Extensions;

/// <summary>
/// Gives a parameter whose description ends with "Example: X" the example X, so that Swagger
/// UI's "Try it out" starts filled in with a query that works on the seeds (民营经济, 码上议 …).
/// </summary>
internal sealed class ParameterExamples : IOperationFilter
{
    private const string Marker = "Example: ";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var description = parameter.Description;
            var at = description?.LastIndexOf(Marker, StringComparison.Ordinal) ?? -1;
            if (at >= 0)
            {
                var example = description![(at + Marker.Length)..].Trim();
                parameter.Example = long.TryParse(example, out var number) ? JsonValue.Create(number) : JsonValue.Create(example);
            }
        }
    }
}
