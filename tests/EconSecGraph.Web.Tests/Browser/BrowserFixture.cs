using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EconSecGraph.Web.Tests.Browser;

/// <summary>
/// One seeded app on a real Kestrel port and one headless Debian Chromium, shared by all journeys.
/// Without Chromium the journeys are skipped on a developer machine and fail on CI (CI=true).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>A node whose text is markup, to prove the UI renders data as text.</summary>
    public const string HostileName = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";

    private IPlaywright? _playwright;

    public ExplorerApp? App { get; private set; }

    public IBrowser? Browser { get; private set; }

    public string BaseUrl { get; private set; } = string.Empty;

    public string? SkipReason { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            var message = $"Debian chromium is not installed at {ChromiumPath} (apt-get install -y chromium).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(message + " On CI the browser journeys must run, not skip.");
            }
            SkipReason = message;
            return;
        }
        App = new ExplorerApp();
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First()
            .TrimEnd('/');
        var db = App.Services.GetRequiredService<IGraphDatabase>();
        await db.QueryAsync(
            new Query(
                "MERGE (n:Entity:Organization {id: 'org-hostile-markup'}) SET n.name = $name, n.nameEn = $name, n.description = $name",
                new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["name"] = HostileName }
            )
        );
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args =
                [
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                ],
            }
        );
    }

    /// <summary>A fresh page (own context: own storage) in Japanese, 1400×900; outside sites answer with a stub page.</summary>
    public async Task<IPage> NewPageAsync(bool needsSeed = true, string locale = "ja-JP")
    {
        Skip.If(SkipReason is not null, SkipReason);
        if (needsSeed)
        {
            SeedGuard.Require(App!.Services);
        }
        var context = await Browser!.NewContextAsync(
            new BrowserNewContextOptions
            {
                Locale = locale,
                ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
                AcceptDownloads = true,
            }
        );
        // No request leaves the machine: a source article "opens" as a stub page at its real URL.
        await context.RouteAsync(
            url => !url.StartsWith(BaseUrl, StringComparison.Ordinal),
            route =>
                route.FulfillAsync(
                    new RouteFulfillOptions
                    {
                        Status = 200,
                        ContentType = "text/html",
                        Body = "<title>stub</title><p>article</p>",
                    }
                )
        );
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return page;
    }

    public async Task OpenAsync(IPage page, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(BaseUrl + pathAndQuery);
        await page.WaitForSelectorAsync("body[data-ready='true']");
        await page.WaitForSelectorAsync(
            "body[data-busy='false']",
            new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached }
        );
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(
            new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, name + ".png"), FullPage = true }
        );

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}
