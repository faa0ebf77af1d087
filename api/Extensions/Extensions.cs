using KnowledgeGraph.Core.Segmentation;
using Microsoft.OpenApi;

namespace KnowledgeGraph.Api.Extensions;

internal static class Extensions
{
    /// <summary>The services every endpoint group relies on.</summary>
    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            // A parameter that could not be bound says which one and what it got.
            if (context.Exception is BadHttpRequestException bad)
            {
                context.ProblemDetails.Title = "Bad request";
                context.ProblemDetails.Detail = bad.Message;
            }
        });
        builder.Services.AddChineseSegmentation();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);
    }

    /// <summary>Swagger document and UI at /swagger.</summary>
    public static void AddDefaultOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o => o.SwaggerDoc("v1", new OpenApiInfo
        {
            Title = "CPPCC knowledge graph",
            Version = "v1",
            Description = "Search and explore what Chinese CPPCC (政协) documents say, with the sentences that prove it.",
        }));
    }

    public static void UseDefaultOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI();
    }

    /// <summary>Errors and bad requests as RFC 9457 ProblemDetails bodies.</summary>
    public static void UseProblemResponses(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
    }
}
