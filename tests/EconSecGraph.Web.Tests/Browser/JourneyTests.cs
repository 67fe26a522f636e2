using Microsoft.Playwright;

namespace EconSecGraph.Web.Tests.Browser;

/// <summary>The main journeys, in Chromium against the real app; each saves a screenshot.</summary>
[Collection(BrowserCollection.Name)]
public class JourneyTests(BrowserFixture fixture)
{
    private const string NodeIds = "() => window.cy.nodes().not('.axis').map(n => n.id()).sort()";

    [SkippableFact]
    public async Task Search_OpensTheEntityWithItsDetails()
    {
        var page = await fixture.NewPageAsync();
        await fixture.OpenAsync(page, "/");
        Assert.True(await page.IsVisibleAsync("#canvas-empty"));
        await page.FocusAsync("body");
        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-input", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync("防衛装備庁");
        var first = page.Locator("#search-list li[role=option]").First;
        await first.WaitForAsync();
        Assert.Contains("防衛装備庁", await first.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetAttributeAsync("#search-input", "aria-expanded"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => window.cy.getElementById('org-atla').nonempty()");
        await page.Locator("#details .entity-name", new() { HasText = "防衛装備庁" }).WaitForAsync();
        Assert.Contains("ATLA", await page.TextContentAsync("#details"), StringComparison.Ordinal);
        Assert.Contains("Acquisition, Technology", await page.TextContentAsync("#details"), StringComparison.Ordinal);
        Assert.Contains("s=org-atla", page.Url, StringComparison.Ordinal);
        Assert.True(await page.IsHiddenAsync("#canvas-empty"));
        await BrowserFixture.ScreenshotAsync(page, "01-search-and-open");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Expand_CollapseAndUndo_ByKeyboard()
    {
        var page = await fixture.NewPageAsync();
        await fixture.OpenAsync(page, "/?n=org-atla&s=org-atla");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.cy.nodes().length"));
        await page.FocusAsync("#cy");
        await page.Keyboard.PressAsync("Enter");
        await ChooseFirstPageIfAskedAsync(page);
        await page.WaitForFunctionAsync("() => window.cy.nodes().length > 1 && document.body.dataset.busy === 'false'");
        var expanded = await page.EvaluateAsync<int>("() => window.cy.nodes().length");
        Assert.True(await page.EvaluateAsync<bool>("() => window.cy.getElementById('org-atla').hasClass('expanded')"));
        Assert.Contains("x=org-atla", page.Url, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "02-expand");
        await page.FocusAsync("#cy");
        await page.Keyboard.PressAsync("c");
        await page.WaitForFunctionAsync("() => window.cy.nodes().length === 1");
        await page.Keyboard.PressAsync("Control+z");
        await page.WaitForFunctionAsync($"() => window.cy.nodes().length === {expanded}");
        await page.Keyboard.PressAsync("Control+Shift+z");
        await page.WaitForFunctionAsync("() => window.cy.nodes().length === 1");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Evidence_LinkOpensTheSourceArticleInANewTab()
    {
        var page = await fixture.NewPageAsync();
        await fixture.OpenAsync(page, "/?n=org-cabinet-office&s=org-cabinet-office");
        var link = page.Locator("#details .evidence-list a").First;
        await link.WaitForAsync();
        var href = await link.GetAttributeAsync("href");
        Assert.StartsWith("https://", href, StringComparison.Ordinal);
        Assert.Equal("_blank", await link.GetAttributeAsync("target"));
        var rel = (await link.GetAttributeAsync("rel"))!.Split(' ');
        Assert.Contains("noopener", rel);
        Assert.Contains("noreferrer", rel);
        await BrowserFixture.ScreenshotAsync(page, "03-evidence");
        var popup = await page.Context.RunAndWaitForPageAsync(() => link.ClickAsync());
        await popup.WaitForLoadStateAsync();
        Assert.Equal(href, popup.Url);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task PathFinder_ListsAndHighlightsPathsBetweenTwoEntities()
    {
        var page = await fixture.NewPageAsync();
        await fixture.OpenAsync(page, "/");
        await page.ClickAsync("#tab-paths");
        await PickAsync(page, "#path-from", "防衛装備庁");
        await PickAsync(page, "#path-to", "千人計画");
        await page.SelectOptionAsync("#path-mode", "k");
        await page.FillAsync("#path-k", "3");
        await page.ClickAsync("#path-find");
        await page.Locator("#path-results .path-item").First.WaitForAsync();
        await page.WaitForFunctionAsync(
            "() => document.body.dataset.busy === 'false' && window.cy.$('.hl').length > 0"
        );
        var steps = await page.TextContentAsync("#path-results");
        Assert.Contains("防衛装備庁", steps, StringComparison.Ordinal);
        Assert.Contains("千人計画", steps, StringComparison.Ordinal);
        Assert.Contains("p=org-atla", page.Url, StringComparison.Ordinal);
        var paths = await page.Locator("#path-results .path-item").CountAsync();
        Assert.InRange(paths, 1, 3);
        await BrowserFixture.ScreenshotAsync(page, "04-paths");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Console_SyntaxErrorIsPlacedAtItsLineAndColumn()
    {
        var page = await fixture.NewPageAsync(needsSeed: false);
        await fixture.OpenAsync(page, "/");
        await page.FillAsync("#cypher-input", "MATCH (n:Organization)\nRETRUN n");
        await page.ClickAsync("#cypher-run");
        await page.Locator("#cypher-error").WaitForAsync();
        Assert.Equal("2 行 1 列", (await page.TextContentAsync("#cypher-position"))?.Trim());
        Assert.Equal("2", await page.TextContentAsync("#cypher-error-line"));
        Assert.Equal(23, await page.EvaluateAsync<int>("() => document.getElementById('cypher-input').selectionStart"));
        Assert.Contains("RETRUN", await page.TextContentAsync("#cypher-error"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "05-cypher-syntax-error");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Console_ResultGoesOnTheCanvas()
    {
        var page = await fixture.NewPageAsync();
        await fixture.OpenAsync(page, "/");
        await page.FillAsync("#cypher-input", "MATCH (o:Organization)-[r:PART_OF]->(p) RETURN o, r, p");
        await page.Keyboard.PressAsync("Control+Enter");
        await page.Locator("#cypher-table tbody tr").First.WaitForAsync();
        Assert.True(await page.IsHiddenAsync("#cypher-error"));
        await page.ClickAsync("#cypher-tab-graph");
        await page.ClickAsync("#cypher-to-canvas");
        await page.WaitForFunctionAsync(
            "() => window.cy.getElementById('org-atla').nonempty() && window.cy.edges().length > 0"
        );
        await BrowserFixture.ScreenshotAsync(page, "05b-cypher-result-on-canvas");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task SharedUrl_ReproducesTheView()
    {
        var page = await fixture.NewPageAsync();
        await fixture.OpenAsync(page, "/?n=org-atla&s=org-atla");
        await page.FocusAsync("#cy");
        await page.Keyboard.PressAsync("Enter");
        await ChooseFirstPageIfAskedAsync(page);
        await page.WaitForFunctionAsync("() => window.cy.nodes().length > 1 && document.body.dataset.busy === 'false'");
        await page.Locator("#filter-labels input[value=Article]").UncheckAsync();
        await page.SelectOptionAsync("#layout-select", "grid");
        await page.WaitForFunctionAsync("() => document.body.dataset.busy === 'false'");
        var url = page.Url;
        Assert.Contains("fl=Article", url, StringComparison.Ordinal);
        Assert.Contains("layout=grid", url, StringComparison.Ordinal);
        var nodes = await page.EvaluateAsync<string[]>(NodeIds);
        var visible = await page.EvaluateAsync<int>("() => window.cy.nodes().not('.filtered').length");
        await BrowserFixture.ScreenshotAsync(page, "06-view-before-reload");

        var again = await fixture.NewPageAsync();
        await fixture.OpenAsync(again, url.Replace(fixture.BaseUrl, string.Empty, StringComparison.Ordinal));
        await again.WaitForFunctionAsync($"() => window.cy.nodes().length === {nodes.Length}");
        Assert.Equal(nodes, await again.EvaluateAsync<string[]>(NodeIds));
        Assert.Equal(visible, await again.EvaluateAsync<int>("() => window.cy.nodes().not('.filtered').length"));
        Assert.Equal("org-atla", await again.EvaluateAsync<string>("() => window.cy.$(':selected').id()"));
        Assert.Equal("grid", await again.InputValueAsync("#layout-select"));
        Assert.False(await again.IsCheckedAsync("#filter-labels input[value=Article]"));
        await again.Locator("#details .entity-name", new() { HasText = "防衛装備庁" }).WaitForAsync();
        await BrowserFixture.ScreenshotAsync(again, "06-view-after-reload");
        await page.Context.CloseAsync();
        await again.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Markup_InAPropertyShowsAsText()
    {
        var page = await fixture.NewPageAsync(needsSeed: false);
        await fixture.OpenAsync(page, "/?n=org-hostile-markup&s=org-hostile-markup");
        await page.Locator("#details .entity-name").WaitForAsync();
        Assert.Equal(BrowserFixture.HostileName, await page.TextContentAsync("#details .entity-name"));
        Assert.Equal(
            0,
            await page.EvaluateAsync<int>("() => document.querySelectorAll('#details script, #details img').length")
        );
        await page.FillAsync("#search-input", "script");
        await page.Locator("#search-list li[role=option]").First.WaitForAsync();
        Assert.Equal(
            0,
            await page.EvaluateAsync<int>(
                "() => document.querySelectorAll('#search-list script, #search-list img').length"
            )
        );
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"));
        await BrowserFixture.ScreenshotAsync(page, "07-markup-as-text");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Language_SwitchesTheUiAndTheCaptions()
    {
        var page = await fixture.NewPageAsync();
        await fixture.OpenAsync(page, "/?n=org-atla&s=org-atla");
        Assert.Equal("ja", await page.GetAttributeAsync("html", "lang"));
        await page.ClickAsync("#lang-button");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("lang=en", page.Url, StringComparison.Ordinal);
        Assert.Equal(
            "Acquisition, Technology & Logistics Agency",
            await page.EvaluateAsync<string>("() => window.cy.getElementById('org-atla').data('caption')")
        );
        Assert.Contains("Filters", await page.TextContentAsync("#tab-filters"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "08-english");
        await page.Context.CloseAsync();
    }

    private static async Task PickAsync(IPage page, string input, string text)
    {
        await page.FillAsync(input, text);
        var option = page.Locator($"{input}-list li[role=option]").First;
        await option.WaitForAsync();
        await option.ClickAsync();
        await page.Locator($"{input}-chosen", new() { HasText = text }).WaitForAsync();
    }

    private static async Task ChooseFirstPageIfAskedAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => document.getElementById('dialog').open || window.cy.nodes().length > 1");
        if (await page.EvaluateAsync<bool>("() => document.getElementById('dialog').open"))
        {
            await page.ClickAsync("#expand-first");
        }
    }
}
