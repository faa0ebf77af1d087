using KnowledgeGraph.Core.Ingestion;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KnowledgeGraph.Api.Extensions;

/// <summary>
/// What the service says while it starts: where Swagger UI and the explorer are once it listens,
/// and how far a first start's ingest of the seeds has come.
/// </summary>
internal static class StartupMessages
{
    /// <summary>Once the server listens, logs the addresses of Swagger UI and the explorer.</summary>
    public static void AnnounceAddresses(this WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses.Select(Browsable).Distinct(StringComparer.Ordinal))
        {
            app.Logger.LogInformation("Ready. Swagger UI: {Address}/swagger   Explorer: {Address}/   (Ctrl+C stops)", address, address);
        }
    });

    /// <summary>Logs each document a first start has ingested, with how many are left.</summary>
    public static IProgress<IngestProgress> IngestProgress(ILogger logger) => new LoggedProgress(logger);

    // http://[::]:5080 and http://0.0.0.0:5080 listen everywhere; a browser goes to localhost.
    private static string Browsable(string address)
    {
        var uri = new UriBuilder(address.TrimEnd('/'));
        if (uri.Host is "[::]" or "::" or "0.0.0.0" or "+" or "*")
        {
            uri.Host = "localhost";
        }

        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }

    private sealed class LoggedProgress(ILogger logger) : IProgress<IngestProgress>
    {
        private readonly Lock _lock = new();
        private int _logged;

        public void Report(IngestProgress value)
        {
            lock (_lock)
            {
                if (value.DocumentsDone <= _logged)
                {
                    return;
                }

                _logged = value.DocumentsDone;
            }

            logger.LogInformation(
                "Ingesting the seeds: {Done}/{Total} documents, {Entities} entities so far ({Current})",
                value.DocumentsDone,
                value.DocumentsTotal,
                value.Entities,
                Path.GetFileName(value.Current));
        }
    }
}
