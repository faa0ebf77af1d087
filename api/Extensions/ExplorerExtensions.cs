namespace KnowledgeGraph.Api.Extensions;

/// <summary>
/// The researchers' explorer: a static page in <c>wwwroot/</c>, served at <c>/</c>, that talks
/// only to the public API. Its graph library is copied into <c>wwwroot/lib/</c> by the build.
/// </summary>
internal static class ExplorerExtensions
{
    public static void UseExplorer(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            // The page is small and changes with the build: ask browsers to revalidate it.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
    }
}
