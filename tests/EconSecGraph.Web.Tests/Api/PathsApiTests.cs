using EconSecGraph.Web.Tests.Support;

namespace EconSecGraph.Web.Tests.Api;

[Collection(SeededCollection.Name)]
public class PathsApiTests(SeededAppFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [SkippableFact]
    public async Task Shortest_AtlaToMod_IsOneStepPartOf()
    {
        SeedGuard.Require(fixture.App.Services);
        await SeedApiChecks.AtlaToModIsOnePartOfAsync(_client);
    }

    [SkippableFact]
    public async Task KPaths_AreDistinctSimpleAndOrderedByLength()
    {
        SeedGuard.Require(fixture.App.Services);
        var json = await _client.GetJsonAsync(
            "/api/paths?from=org-atla&to=prog-thousand-talents&mode=k&k=4&maxLength=5"
        );
        var paths = json["paths"]!.ToList();
        Assert.InRange(paths.Count, 2, 4);
        var lengths = paths.Select(p => (int)p["length"]!).ToList();
        Assert.Equal(lengths.Order(), lengths);
        Assert.All(
            paths,
            p =>
                Assert.Equal(
                    p["nodes"]!.Count(),
                    p["nodes"]!.Select(n => (string?)n).Distinct(StringComparer.Ordinal).Count()
                )
        );
        Assert.Equal(
            paths.Count,
            paths.Select(p => string.Join(",", p["edges"]!)).Distinct(StringComparer.Ordinal).Count()
        );
    }

    [SkippableFact]
    public async Task AllShortest_EveryPathHasTheShortestLength()
    {
        SeedGuard.Require(fixture.App.Services);
        var shortest = await _client.GetJsonAsync("/api/paths?from=org-atla&to=prog-thousand-talents&mode=shortest");
        var length = (int)shortest["paths"]![0]!["length"]!;
        var all = await _client.GetJsonAsync("/api/paths?from=org-atla&to=prog-thousand-talents&mode=allShortest");
        Assert.NotEmpty(all["paths"]!);
        Assert.All(all["paths"]!, p => Assert.Equal(length, (int)p["length"]!));
    }

    [SkippableFact]
    public async Task Types_RestrictTheRelationshipsFollowed()
    {
        SeedGuard.Require(fixture.App.Services);
        var json = await _client.GetJsonAsync("/api/paths?from=org-atla&to=org-mod&types=MENTIONS,REPORTS&maxLength=2");
        foreach (var path in json["paths"]!)
        {
            foreach (var edgeId in path["edges"]!)
            {
                var edge = json["elements"]!.Single(e => (string?)e["data"]!["id"] == (string?)edgeId);
                Assert.Contains((string?)edge["data"]!["type"], new[] { "MENTIONS", "REPORTS" });
            }
        }
        var none = await _client.GetJsonAsync("/api/paths?from=org-atla&to=org-mod&types=NO_SUCH_TYPE");
        Assert.Empty(none["paths"]!);
    }

    [SkippableFact]
    public async Task BadRequests_AreClearProblems()
    {
        await _client.GetJsonAsync("/api/paths?from=org-atla&to=org-atla", 400);
        await _client.GetJsonAsync("/api/paths?from=org-atla", 400);
        await _client.GetJsonAsync("/api/paths?from=org-atla&to=org-mod&mode=fastest", 400);
        await _client.GetJsonAsync("/api/paths?from=org-atla&to=org-nothing", 404);
    }
}
