using Microsoft.Playwright;

namespace KnowledgeGraph.Explorer.Tests;

/// <summary>
/// One API over the seeds and one headless Chromium for all the explorer tests. Chromium is
/// Debian's (<c>apt-get install chromium fonts-noto-cjk</c>, which .ci/run does), started through
/// Playwright with its ExecutablePath: Playwright's own browser downloads are never used.
/// <c>KG_CHROMIUM</c> names another executable.
/// </summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    private ExplorerServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress => _server?.BaseAddress ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>Screenshots go beside the test assembly, under screenshots/.</summary>
    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>The path for a screenshot of the given name.</summary>
    public string Screenshot(string name) => Path.Combine(ScreenshotFolder, name);

    /// <summary>
    /// With <c>KG_EXPLORER_DOCS=1</c>, copies a screenshot into the repository's docs/ (the
    /// README's picture of the explorer); otherwise does nothing.
    /// </summary>
    public void PublishToDocs(string screenshot, string name)
    {
        if (Environment.GetEnvironmentVariable("KG_EXPLORER_DOCS") != "1")
        {
            return;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                Directory.CreateDirectory(Path.Combine(dir.FullName, "docs"));
                File.Copy(Screenshot(screenshot), Path.Combine(dir.FullName, "docs", name), overwrite: true);
                return;
            }
        }
    }

    public static string ChromiumPath => Environment.GetEnvironmentVariable("KG_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The explorer tests drive Debian's Chromium and found none at {ChromiumPath}. " +
                "Install it with: apt-get install chromium fonts-noto-cjk (.ci/run does), or set KG_CHROMIUM to a Chromium executable.");
        }

        Directory.CreateDirectory(ScreenshotFolder);
        _server = new ExplorerServer();
        _server.Start();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
        });
    }

    /// <summary>A fresh page, 1400 pixels wide and <paramref name="height"/> high, that may reach the API's own origin only: any other request fails the test.</summary>
    public async Task<(IBrowserContext Context, IPage Page, List<string> Foreign)> OpenAsync(int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = height },
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout(15_000);
        var foreign = new List<string>();
        var origin = BaseAddress.GetLeftPart(UriPartial.Authority);
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(origin, StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (foreign)
                {
                    foreign.Add(route.Request.Url);
                }

                await route.AbortAsync();
            }
        });
        var page = await context.NewPageAsync();
        return (context, page, foreign);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerFixture>
{
    public const string Name = "explorer";
}
