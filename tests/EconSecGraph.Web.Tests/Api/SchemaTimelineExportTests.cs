using System.IO.Compression;
using System.Xml.Linq;
using EconSecGraph.Web.Tests.Support;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Tests.Api;

[Collection(SeededCollection.Name)]
public class SchemaTimelineExportTests(SeededAppFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Schema_ListsLabelsAndTypesWithCounts()
    {
        var json = await _client.GetJsonAsync("/api/schema");
        var labels = json["labels"]!.ToDictionary(
            l => (string)l["name"]!,
            l => (long)l["count"]!,
            StringComparer.Ordinal
        );
        Assert.True(labels["Organization"] > 10);
        Assert.Equal((long)json["nodeCount"]!, labels["Entity"]);
        Assert.Contains(json["relationshipTypes"]!, t => (string?)t["name"] == "PUBLISHED_BY" && (long)t["count"]! > 0);
        Assert.Contains("nameEn", json["propertyKeys"]!.Select(k => (string?)k));
    }

    [Fact]
    public async Task Timeline_ListsDatedItemsInTheWindowOldestFirst()
    {
        var json = await _client.GetJsonAsync("/api/timeline?from=2021&to=2021-12-31");
        var items = json["items"]!.ToList();
        Assert.NotEmpty(items);
        var dates = items.Select(i => (string)i["date"]!).ToList();
        Assert.All(dates, d => Assert.StartsWith("2021", d, StringComparison.Ordinal));
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains(items, i => (string?)i["kind"] == "Event");
    }

    [Fact]
    public async Task Timeline_BadDates_AreClearProblems()
    {
        await _client.GetJsonAsync("/api/timeline?from=2021-13", 400);
        await _client.GetJsonAsync("/api/timeline?from=2022&to=2021", 400);
    }

    [Fact]
    public async Task Export_GraphML_HoldsTheWholeGraph()
    {
        var schema = await _client.GetJsonAsync("/api/schema");
        var xml = XDocument.Parse(
            await _client.GetStringAsync(new Uri("/api/export?format=graphml", UriKind.Relative))
        );
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal((long)schema["nodeCount"]!, xml.Descendants(ns + "node").Count());
        Assert.Equal((long)schema["relationshipCount"]!, xml.Descendants(ns + "edge").Count());
    }

    [Fact]
    public async Task Export_Subgraph_HoldsOnlyTheGivenNodesAndTheirRelationships()
    {
        var json = JObject.Parse(
            await _client.GetStringAsync(new Uri("/api/export?format=cyjs&nodes=org-atla,org-mod", UriKind.Relative))
        );
        Assert.Equal(2, json["elements"]!["nodes"]!.Count());
        Assert.Contains(json["elements"]!["edges"]!, e => (string?)e["data"]!["interaction"] == "PART_OF");
    }

    [Fact]
    public async Task Export_CsvZip_HasNodesAndEdges()
    {
        var bytes = await _client.GetByteArrayAsync(new Uri("/api/export?format=csv", UriKind.Relative));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.NotNull(zip.GetEntry("nodes.csv"));
        Assert.NotNull(zip.GetEntry("edges.csv"));
    }

    [Fact]
    public async Task Export_UnknownFormat_IsAProblem() => await _client.GetJsonAsync("/api/export?format=pdf", 400);
}
