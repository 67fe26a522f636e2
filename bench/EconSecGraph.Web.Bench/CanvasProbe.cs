using Microsoft.Playwright;

namespace EconSecGraph.Web.Bench;

/// <summary>
/// How many nodes the canvas keeps interactive: in headless Chromium, the explorer page gets N synthetic
/// nodes and 2N edges (through its own Cytoscape instance); we time adding them with a grid layout, an
/// fCoSE layout (up to <c>--fcose-max</c> nodes) with the explorer's own options (draft quality above 800
/// nodes, as graph-view.js does), and measure frames per second while panning and zooming. Above 600
/// nodes the elements get the explorer's large-view class (no labels or arrows, haystack edges).
/// "Interactive" means at least 15 frames per second, the threshold below which motion looks jerky.
/// </summary>
public static class CanvasProbe
{
    private const string Script = """
        async ([n, fcoseMax]) => {
          const cy = window.cy;
          cy.elements().remove();
          const els = [];
          for (let i = 0; i < n; i++) els.push({ group: 'nodes', data: { id: 'b' + i, caption: '経済安全保障 ' + i, kind: ['Organization','Event','Article','Program','Person'][i % 5] } });
          for (let i = 0; i < 2 * n; i++) { const s = Math.floor(Math.random() * n), t = Math.floor(Math.random() * n); if (s !== t) els.push({ group: 'edges', data: { id: 'e' + i, source: 'b' + s, target: 'b' + t, type: 'RELATED_TO' } }); }
          const t0 = performance.now();
          cy.add(els);
          if (n > 600) cy.elements().addClass('large'); // what the explorer does above LARGE_VIEW nodes
          await new Promise(r => { const l = cy.layout({ name: 'grid', animate: false }); l.one('layoutstop', r); l.run(); });
          cy.fit();
          await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
          const addMs = performance.now() - t0;
          let fcoseMs = null;
          if (n <= fcoseMax) {
            const t1 = performance.now();
            // graph-view.js LAYOUT_OPTIONS.fcose, and draft quality above 800 nodes
            const options = { name: 'fcose', quality: n > 800 ? 'draft' : 'default', randomize: true, animate: false, nodeRepulsion: 9000, idealEdgeLength: 90, nodeSeparation: 80, packComponents: true };
            await new Promise(r => { const l = cy.layout(options); l.one('layoutstop', r); l.run(); });
            fcoseMs = performance.now() - t1;
            cy.fit();
          }
          let frames = 0; const start = performance.now();
          await new Promise(r => {
            const step = () => {
              frames++;
              cy.panBy({ x: 3, y: 2 });
              cy.zoom({ level: cy.zoom() * (frames % 40 < 20 ? 1.01 : 0.99), renderedPosition: { x: 400, y: 300 } });
              if (performance.now() - start < 3000) requestAnimationFrame(step); else r();
            };
            requestAnimationFrame(step);
          });
          const fps = frames / ((performance.now() - start) / 1000);
          cy.elements().remove();
          return { addMs, fcoseMs, fps };
        }
        """;

    public static async Task RunAsync(Uri url, string sizes, int fcoseMax)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu"],
            }
        );
        var page = await browser.NewPageAsync(
            new BrowserNewPageOptions
            {
                ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            }
        );
        await page.GotoAsync(url.ToString());
        await page.WaitForSelectorAsync("body[data-ready='true']");
        Console.WriteLine($"{"nodes", 7} {"edges", 7} {"add+grid ms", 12} {"fcose ms", 9} {"fps", 6}  interactive");
        foreach (var n in sizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)))
        {
            var json = await page.EvaluateAsync<System.Text.Json.JsonElement>(Script, new[] { n, fcoseMax });
            var fcose = json.GetProperty("fcoseMs");
            var r = new Result(
                json.GetProperty("addMs").GetDouble(),
                fcose.ValueKind == System.Text.Json.JsonValueKind.Number ? fcose.GetDouble() : null,
                json.GetProperty("fps").GetDouble()
            );
            Console.WriteLine(
                $"{n, 7} {2 * n, 7} {r.AddMs, 12:F0} {(r.FcoseMs is { } f ? f.ToString("F0", System.Globalization.CultureInfo.InvariantCulture) : "-"), 9} {r.Fps, 6:F1}  {(r.Fps >= 15 ? "yes" : "no")}"
            );
        }
    }

    private sealed record Result(double AddMs, double? FcoseMs, double Fps);
}
