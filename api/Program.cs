using KnowledgeGraph.Api.Apis;
using KnowledgeGraph.Api.Extensions;
using KnowledgeGraph.Core;

RegexTimeouts.Install();

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();
builder.Services.AddDefaultOpenApi();

var app = builder.Build();
app.AnnounceAddresses();
app.UseProblemResponses();
app.UseDefaultOpenApi();
app.UseExplorer();
app.MapHealthApi();
app.MapSearchApi();
app.MapEntitiesApi();
app.MapGraphApi();
app.MapDocumentsApi();
app.MapAnswersApi();
app.MapAskApi();
app.MapStatsApi();
app.MapTopicsApi();
app.MapPassagesApi();
app.MapSegmentationApi();
await app.IngestSeedsOnFirstStartAsync();
await app.RestoreDocumentsAsync();
app.Run();
