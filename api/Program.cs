using KnowledgeGraph.Api.Apis;
using KnowledgeGraph.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();
builder.Services.AddDefaultOpenApi();

var app = builder.Build();
app.UseProblemResponses();
app.UseDefaultOpenApi();
app.UseExplorer();
app.MapHealthApi();
app.MapSegmentationApi();
await app.IngestSeedsOnFirstStartAsync();
app.Run();
