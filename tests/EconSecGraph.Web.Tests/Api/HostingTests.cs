using EconSecGraph.Graph.Database;
using EconSecGraph.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Tests.Api;

/// <summary>Start-up, configuration and failure modes: each test runs its own app.</summary>
public class HostingTests
{
    private const string SeedCount = "MATCH (n:Entity) RETURN count(n) AS c";

    [SkippableFact]
    public async Task Healthz_ReportsTheBackendAndTheLoadedSeed()
    {
        await using var app = new ExplorerApp();
        using var client = app.CreateClient();
        SeedGuard.Require(app.Services);
        var json = await client.GetJsonAsync("/healthz");
        Assert.Equal("ok", (string?)json["status"]);
        Assert.Equal("Embedded", (string?)json["backend"]);
        Assert.StartsWith("loaded", (string?)json["seed"], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Seed_IsDurableAndLoadingItAgainChangesNothing()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "esg-web-durable-" + Guid.NewGuid().ToString("N"));
        try
        {
            long first;
            await using (var app = new ExplorerApp(new Dictionary<string, string?>(StringComparer.Ordinal), dataDir))
            {
                using var client = app.CreateClient();
                SeedGuard.Require(app.Services);
                first = await CountAsync(client);
                Assert.True(first > 100);
            }
            await using (
                var again = new ExplorerApp(
                    new Dictionary<string, string?>(StringComparer.Ordinal) { ["Seed:LoadOnStart"] = "true" },
                    dataDir
                )
            )
            {
                using var client = again.CreateClient();
                Assert.Equal(first, await CountAsync(client));
                var health = await client.GetJsonAsync("/healthz");
                Assert.Contains("unchanged", (string?)health["seed"], StringComparison.Ordinal);
            }
            await using (
                var noSeed = new ExplorerApp(
                    new Dictionary<string, string?>(StringComparer.Ordinal) { ["Seed:LoadOnStart"] = "false" },
                    dataDir
                )
            )
            {
                using var client = noSeed.CreateClient();
                Assert.Equal(first, await CountAsync(client)); // the data came from disk, not from a new load
            }
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task BrokenSeed_LoadsNothingAndSaysWhatIsWrong()
    {
        var seed = Path.Combine(Path.GetTempPath(), "esg-web-badseed-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(RepoPaths.Seed, seed);
        try
        {
            var file = Path.Combine(seed, "relationships", "provenance.yaml");
            File.AppendAllText(
                file,
                "\n  - { from: org-atla, type: PART_OF, to: org-that-does-not-exist, sources: [chr-econsec-chronicle] }\n"
            );
            await using var app = new ExplorerApp(
                new Dictionary<string, string?>(StringComparer.Ordinal) { ["Seed:Directory"] = seed }
            );
            using var client = app.CreateClient();
            var health = await client.GetJsonAsync("/healthz");
            var message = (string?)health["seed"] ?? string.Empty;
            Assert.StartsWith("failed", message, StringComparison.Ordinal);
            Assert.Contains("org-that-does-not-exist", message, StringComparison.Ordinal);
            Assert.Equal(0, await CountAsync(client));
        }
        finally
        {
            Directory.Delete(seed, recursive: true);
        }
    }

    [Fact]
    public async Task RowCap_CutsOffAndSaysSo()
    {
        await using var app = new ExplorerApp(
            new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["Explorer:MaxRows"] = "5",
                ["Seed:LoadOnStart"] = "false",
            }
        );
        using var client = app.CreateClient();
        var json = await client.PostJsonAsync("/api/cypher", new { query = "UNWIND range(1, 10) AS x RETURN x" });
        Assert.Equal(5, json["rows"]!.Count());
        Assert.True((bool)json["truncated"]!);
        Assert.Equal(5, (int)json["maxRows"]!);
    }

    [Fact]
    public async Task Timeout_IsA504NamingTheSetting()
    {
        await using var app = new ExplorerApp(
            new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["Explorer:QueryTimeout"] = "00:00:00.200",
                ["Seed:LoadOnStart"] = "false",
            }
        );
        using var client = app.CreateClient();
        var problem = await client.PostJsonAsync(
            "/api/cypher",
            new
            {
                query = "UNWIND range(1, 2000) AS a UNWIND range(1, 2000) AS b UNWIND range(1, 2000) AS c RETURN count(*)",
            },
            504
        );
        Assert.Contains("QueryTimeout", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllowWrites_LetsTheConsoleWrite()
    {
        await using var app = new ExplorerApp(
            new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["Explorer:AllowWrites"] = "true",
                ["Seed:LoadOnStart"] = "false",
            }
        );
        using var client = app.CreateClient();
        var json = await client.PostJsonAsync(
            "/api/cypher",
            new { query = "CREATE (:Entity:Note {id: 'note-1', name: 'memo'})" }
        );
        Assert.Equal(1, (int)json["counters"]!["nodesCreated"]!);
        Assert.False((bool)json["readOnly"]!);
    }

    [Fact]
    public async Task BackendGoneAfterStart_Gives503Problems()
    {
        await using var app = new ExplorerApp(
            new Dictionary<string, string?>(StringComparer.Ordinal) { ["Seed:LoadOnStart"] = "false" }
        )
        {
            TestServices = s => s.AddSingleton<IGraphDatabase, UnavailableDatabase>(),
        };
        using var client = app.CreateClient();
        var problem = await client.GetJsonAsync("/api/search?q=x", 503);
        Assert.Equal("Neo.TransientError.General.ServiceUnavailable", (string?)problem["code"]);
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(503, (int)response.StatusCode);
        var health = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unavailable", (string?)health["status"]);
        Assert.Contains("refused", (string?)health["error"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DocumentsTheApi()
    {
        await using var app = new ExplorerApp(
            new Dictionary<string, string?>(StringComparer.Ordinal) { ["Seed:LoadOnStart"] = "false" }
        );
        using var client = app.CreateClient();
        var json = await client.GetJsonAsync("/openapi/v1.json");
        var paths = (JObject)json["paths"]!;
        foreach (
            var path in new[]
            {
                "/api/search",
                "/api/nodes/{id}",
                "/api/nodes/{id}/neighbors",
                "/api/paths",
                "/api/cypher",
                "/api/schema",
                "/api/timeline",
                "/api/export",
                "/healthz",
            }
        )
        {
            Assert.True(paths.ContainsKey(path), path + " is not in the OpenAPI document");
        }
    }

    [Fact]
    public async Task UnknownApi_Is404Problem_AndTheUiIsServed()
    {
        await using var app = new ExplorerApp(
            new Dictionary<string, string?>(StringComparer.Ordinal) { ["Seed:LoadOnStart"] = "false" }
        );
        using var client = app.CreateClient();
        await client.GetJsonAsync("/api/nothing-here", 404);
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("js/app.js", html, StringComparison.Ordinal);
        using var lib = await client.GetAsync(new Uri("/lib/cytoscape/cytoscape.min.js", UriKind.Relative));
        Assert.Equal(200, (int)lib.StatusCode);
    }

    private static async Task<long> CountAsync(HttpClient client)
    {
        var json = await client.PostJsonAsync("/api/cypher", new { query = SeedCount });
        return (long)json["rows"]![0]![0]!["value"]!;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        }
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
