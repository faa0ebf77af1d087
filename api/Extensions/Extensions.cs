using KnowledgeGraph.Api.Apis;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Search;
using Microsoft.OpenApi;

namespace KnowledgeGraph.Api.Extensions;

internal static class Extensions
{
    /// <summary>
    /// The services every endpoint group relies on, over one data folder: the <c>DataFolder</c>
    /// setting, else <c>KG_DATA</c>, else the repository's <c>data/</c>.
    /// </summary>
    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            // A parameter that could not be bound says which one, what it got and what it takes.
            if (context.Exception is BadHttpRequestException bad)
            {
                BindingProblems.Describe(context.HttpContext, bad, context.ProblemDetails);
            }
            else if (context.Exception is ArgumentException argument)
            {
                // The core's own argument checks, should an endpoint let one through.
                context.ProblemDetails.Title = "Bad request";
                context.ProblemDetails.Detail = argument.Message;
            }
        });
        // A parameter that does not bind (limit=abc) throws in every environment, so the
        // exception handler answers with a ProblemDetails that names it.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddKnowledgeGraph(builder.Configuration["DataFolder"]);
        builder.Services.AddSingleton<EvidenceViews>();
        builder.Services.AddSingleton<TopicOverviews>();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;

            // Chinese as it is, not as \\uXXXX escapes: the API is read by people too.
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        });
    }

    /// <summary>Swagger document and UI at /swagger.</summary>
    public static void AddDefaultOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "CPPCC knowledge graph",
                Version = "v1",
                Description = "Search and explore what Chinese CPPCC (政协) documents say, with the sentences that prove it.",
            });
            o.OperationFilter<ParameterExamples>();
        });
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
            StatusCodeSelector = e => e switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                ArgumentException => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePages();
    }

    /// <summary>
    /// Prepares the stores, and when nothing has been ingested yet, ingests the seed documents
    /// (the <c>SeedFolder</c> setting, else the repository's <c>seeds/</c>) so that a first start
    /// gives a working system.
    /// </summary>
    public static async Task IngestSeedsOnFirstStartAsync(this WebApplication app)
    {
        var services = app.Services;
        await services.GetRequiredService<IGraphStore>().InitializeAsync();
        var ledger = services.GetRequiredService<IngestLedger>();
        if (services.GetRequiredService<PassageIndex>().WasReset)
        {
            app.Logger.LogWarning("The full-text index was in an older format and has been emptied; ingest your documents again (kg-ingest ingest PATH...). The seeds are ingested now.");
        }

        if (ledger.All().Any(e => e.Complete))
        {
            return;
        }

        var seeds = app.Configuration["SeedFolder"] ?? FindSeeds(app.Environment.ContentRootPath);
        if (seeds is null || !Directory.Exists(seeds))
        {
            app.Logger.LogWarning("No documents ingested and no seed folder found (set SeedFolder); the stores start empty.");
            return;
        }

        app.Logger.LogInformation("First start: ingesting {Seeds}", seeds);
        var summary = await services.GetRequiredService<IngestJob>().RunAsync([seeds]);
        foreach (var failure in summary.Failures)
        {
            app.Logger.LogWarning("Not ingested: {Path}: {Reason}", failure.Path, failure.Reason);
        }

        app.Logger.LogInformation("Ingested {Documents} documents in {Seconds:F1} s", summary.New + summary.Changed, summary.Elapsed.TotalSeconds);
    }

    private static string? FindSeeds(string start)
    {
        foreach (var origin in new[] { start, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
                {
                    return Path.Combine(dir.FullName, "seeds");
                }
            }
        }

        return null;
    }
}
