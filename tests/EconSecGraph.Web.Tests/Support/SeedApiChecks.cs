using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Tests.Support;

/// <summary>
/// What the seeded explorer API must answer whichever backend holds the graph (the embedded engine, or
/// Neo4j over Bolt): the API tests of both backends call these, so one contract is checked on both.
/// </summary>
internal static class SeedApiChecks
{
    /// <summary>A search for <paramref name="q"/> ranks 防衛装備庁 (org-atla) first.</summary>
    public static async Task AtlaRanksFirstAsync(HttpClient client, string q)
    {
        var json = await client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal("org-atla", (string?)json["items"]![0]!["key"]);
    }

    /// <summary>
    /// The first neighbour page of org-atla with <c>limit=1</c>: the total counts every relationship while the
    /// page holds one (plus org-atla itself). Returns the page's elements.
    /// </summary>
    public static async Task<JArray> AtlaFirstNeighborPageAsync(HttpClient client)
    {
        var details = await client.GetJsonAsync("/api/nodes/org-atla");
        var total = (long)details["degree"]!["total"]!;
        Assert.True(total >= 2, "org-atla needs at least two relationships for this test");
        var page = await client.GetJsonAsync("/api/nodes/org-atla/neighbors?limit=1");
        Assert.Equal(total, (long)page["total"]!);
        Assert.Equal(1, (int)page["returned"]!);
        var elements = (JArray)page["elements"]!;
        Assert.Contains(elements, e => (string?)e["data"]!["id"] == "org-atla");
        Assert.Single(elements, e => (string?)e["group"] == "edges");
        return elements;
    }

    /// <summary>The shortest path from 防衛装備庁 to 防衛省 is one PART_OF relationship.</summary>
    public static async Task AtlaToModIsOnePartOfAsync(HttpClient client)
    {
        var json = await client.GetJsonAsync("/api/paths?from=org-atla&to=org-mod&mode=shortest");
        var path = json["paths"]!.Single();
        Assert.Equal(1, (int)path["length"]!);
        Assert.Equal(["org-atla", "org-mod"], path["nodes"]!.Select(n => (string?)n));
        var edgeId = (string?)path["edges"]![0];
        var edge = json["elements"]!.Single(e => (string?)e["data"]!["id"] == edgeId);
        Assert.Equal("PART_OF", (string?)edge["data"]!["type"]);
    }
}
