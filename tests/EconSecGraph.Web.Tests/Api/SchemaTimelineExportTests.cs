using System.IO.Compression;
using System.Xml.Linq;
using EconSecGraph.Web.Tests.Support;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Tests.Api;

[Collection(SeededCollection.Name)]
public class SchemaTimelineExportTests(SeededAppFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [SkippableFact]
    public async Task Schema_ListsLabelsAndTypesWithCounts()
    {
        SeedGuard.Require(fixture.App.Services);
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

    [SkippableFact]
    public async Task Timeline_ListsDatedItemsInTheWindowOldestFirst()
    {
        SeedGuard.Require(fixture.App.Services);
        var json = await _client.GetJsonAsync("/api/timeline?from=2021&to=2021-12-31");
        var items = json["items"]!.ToList();
        Assert.NotEmpty(items);
        var dates = items.Select(i => (string)i["date"]!).ToList();
        // A period counts when it overlaps the window: it starts by the window's end and ends in 2021 or later.
        Assert.All(
            items,
            i =>
            {
                Assert.True(string.CompareOrdinal((string)i["date"]!, "2022") < 0, (string?)i["date"]);
                var last = (string?)i["endDate"] ?? (string)i["date"]!;
                Assert.True(string.CompareOrdinal(last, "2021") >= 0, last);
            }
        );
        Assert.Contains(dates, d => d.StartsWith("2021", StringComparison.Ordinal));
        // Oldest first by the day each period starts ("2021" starts on 2021-01-01, "2021-05" on 2021-05-01).
        var starts = dates
            .Select(d =>
                d.Length switch
                {
                    4 => d + "-01-01",
                    7 => d + "-01",
                    _ => d,
                }
            )
            .ToList();
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
        Assert.Contains(items, i => (string?)i["kind"] == "Event");
    }

    [SkippableFact]
    public async Task Timeline_BadDates_AreClearProblems()
    {
        await _client.GetJsonAsync("/api/timeline?from=2021-13", 400);
        await _client.GetJsonAsync("/api/timeline?from=2022&to=2021", 400);
    }

    [SkippableFact]
    public async Task Export_GraphML_HoldsTheWholeGraph()
    {
        SeedGuard.Require(fixture.App.Services);
        var schema = await _client.GetJsonAsync("/api/schema");
        var xml = XDocument.Parse(
            await _client.GetStringAsync(new Uri("/api/export?format=graphml", UriKind.Relative))
        );
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal((long)schema["nodeCount"]!, xml.Descendants(ns + "node").Count());
        Assert.Equal((long)schema["relationshipCount"]!, xml.Descendants(ns + "edge").Count());
    }

    [SkippableFact]
    public async Task Export_Subgraph_HoldsOnlyTheGivenNodesAndTheirRelationships()
    {
        SeedGuard.Require(fixture.App.Services);
        var json = JObject.Parse(
            await _client.GetStringAsync(new Uri("/api/export?format=cyjs&nodes=org-atla,org-mod", UriKind.Relative))
        );
        Assert.Equal(2, json["elements"]!["nodes"]!.Count());
        Assert.Contains(json["elements"]!["edges"]!, e => (string?)e["data"]!["interaction"] == "PART_OF");
    }

    [SkippableFact]
    public async Task Export_CsvZip_HasNodesAndEdges()
    {
        SeedGuard.Require(fixture.App.Services);
        var bytes = await _client.GetByteArrayAsync(new Uri("/api/export?format=csv", UriKind.Relative));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.NotNull(zip.GetEntry("nodes.csv"));
        Assert.NotNull(zip.GetEntry("edges.csv"));
    }

    [SkippableFact]
    public async Task Export_UnknownFormat_IsAProblem()
    {
        await _client.GetJsonAsync("/api/export?format=pdf", 400);
    }
}
