using EconSecGraph.Web.Tests.Support;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Tests.Api;

[Collection(SeededCollection.Name)]
public class NodesApiTests(SeededAppFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [SkippableFact]
    public async Task Node_HasBothNamesAliasesDegreeAndSources()
    {
        SeedGuard.Require(fixture.App.Services);
        var json = await _client.GetJsonAsync("/api/nodes/org-atla");
        Assert.Equal("防衛装備庁", (string?)json["name"]);
        Assert.Equal("Acquisition, Technology & Logistics Agency", (string?)json["nameEn"]);
        Assert.Contains("ATLA", json["aliases"]!.Select(a => (string?)a));
        Assert.True((long)json["degree"]!["total"]! > 0);
        Assert.NotEmpty(json["degree"]!["byType"]!);
        var source = json["sources"]!.Single(s => (string?)s["key"] == "chr-econsec-chronicle");
        Assert.False(string.IsNullOrEmpty((string?)source["title"]));
    }

    [SkippableFact]
    public async Task Node_ArticleSources_CarryUrlPublisherAndDate()
    {
        SeedGuard.Require(fixture.App.Services);
        var json = await _client.GetJsonAsync("/api/nodes/org-cabinet-office");
        var article = json["sources"]!.First(s => (string?)s["kind"] == "Article");
        Assert.StartsWith("https://", (string?)article["url"], StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string?)article["publisher"]));
        Assert.Matches(@"^\d{4}", (string?)article["date"] ?? string.Empty);
    }

    [SkippableFact]
    public async Task Node_Unknown_Is404Problem()
    {
        SeedGuard.Require(fixture.App.Services);
        var problem = await _client.GetJsonAsync("/api/nodes/org-does-not-exist", 404);
        Assert.Contains("org-does-not-exist", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Neighbors_TotalCountsEverythingWhileLimitCapsThePage()
    {
        SeedGuard.Require(fixture.App.Services);
        var elements = await SeedApiChecks.AtlaFirstNeighborPageAsync(_client);
        var next = await _client.GetJsonAsync("/api/nodes/org-atla/neighbors?limit=1&skip=1");
        // compared as strings: JTokens would be compared as (empty) collections
        Assert.NotEqual(
            (string?)elements.Single(e => (string?)e["group"] == "edges")["data"]!["id"],
            (string?)next["elements"]!.Single(e => (string?)e["group"] == "edges")["data"]!["id"]
        );
    }

    [SkippableFact]
    public async Task Neighbors_TypeAndDirectionFilters_Apply()
    {
        SeedGuard.Require(fixture.App.Services);
        var details = await _client.GetJsonAsync("/api/nodes/org-atla");
        var first = details["degree"]!["byType"]![0]!;
        var type = (string)first["type"]!;
        var direction = (string)first["direction"]!;
        var page = await _client.GetJsonAsync(
            $"/api/nodes/org-atla/neighbors?types={type}&direction={direction}&limit=500"
        );
        Assert.Equal((long)first["count"]!, (long)page["total"]!);
        Assert.All(
            page["elements"]!.Where(e => (string?)e["group"] == "edges"),
            e => Assert.Equal(type, (string?)e["data"]!["type"])
        );
        await _client.GetJsonAsync("/api/nodes/org-atla/neighbors?direction=sideways", 400);
    }

    [SkippableFact]
    public async Task Subgraph_ReturnsRelationshipsAmongTheNodesAndNamesMissingOnes()
    {
        SeedGuard.Require(fixture.App.Services);
        var json = await _client.PostJsonAsync(
            "/api/graph/subgraph",
            new { nodes = new[] { "org-atla", "org-mod", "org-nope" } }
        );
        var elements = (JArray)json["elements"]!;
        Assert.Equal(2, elements.Count(e => (string?)e["group"] == "nodes"));
        Assert.Contains(elements, e => (string?)e["group"] == "edges");
        Assert.Equal(["org-nope"], json["missing"]!.Select(m => (string?)m));
    }

    [SkippableFact]
    public async Task Sources_ResolveIdsToTitlesAndUrls()
    {
        SeedGuard.Require(fixture.App.Services);
        var json = await _client.GetAsync(
            new Uri("/api/sources?ids=art-yomiuri-20220113-econsec-fund-council", UriKind.Relative)
        );
        var array = JArray.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal("https://www.yomiuri.co.jp/politics/20220112-OYT1T50285/", (string?)array.Single()["url"]);
    }
}
