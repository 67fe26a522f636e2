using EconSecGraph.Graph.Errors;
using EconSecGraph.Web.Tests.Support;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Tests.Api;

[Collection(SeededCollection.Name)]
public class CypherApiTests(SeededAppFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Run_ReturnsColumnsTypedRowsAndTimings()
    {
        var json = await _client.PostJsonAsync(
            "/api/cypher",
            new { query = "RETURN 1 AS one, 'x' AS s, [1, 2] AS l, {k: 1.5} AS m" }
        );
        Assert.Equal(["one", "s", "l", "m"], json["columns"]!.Select(c => (string?)c));
        var row = (JArray)json["rows"]![0]!;
        Assert.Equal("INTEGER", (string?)row[0]["type"]);
        Assert.Equal(1, (int)row[0]["value"]!);
        Assert.Equal("STRING", (string?)row[1]["type"]);
        Assert.Equal("MAP", (string?)row[3]["type"]);
        Assert.Equal(1.5, (double)row[3]["value"]!["k"]!);
        Assert.True((double)json["elapsedMs"]! >= 0);
        Assert.False((bool)json["truncated"]!);
    }

    [SkippableFact]
    public async Task Run_GraphPart_ComesAsElementsWithEndNodesFetched()
    {
        SeedGuard.Require(fixture.App.Services);
        var json = await _client.PostJsonAsync(
            "/api/cypher",
            new { query = "MATCH (:Entity {id: 'org-atla'})-[r:PART_OF]->() RETURN r" }
        );
        var elements = (JArray)json["elements"]!;
        Assert.Contains(elements, e => (string?)e["data"]!["id"] == "org-atla");
        Assert.Contains(elements, e => (string?)e["data"]!["id"] == "org-mod");
        Assert.Single(elements, e => (string?)e["group"] == "edges");
    }

    [SkippableFact]
    public async Task Run_WithParameters_BindsThem()
    {
        SeedGuard.Require(fixture.App.Services);
        var json = await _client.PostJsonAsync(
            "/api/cypher",
            new { query = "MATCH (n:Entity {id: $id}) RETURN n.name AS name", parameters = new { id = "org-atla" } }
        );
        Assert.Equal("防衛装備庁", (string?)json["rows"]![0]![0]!["value"]);
    }

    [Fact]
    public async Task SyntaxError_IsPlacedAtItsLineAndColumn()
    {
        var problem = await _client.PostJsonAsync(
            "/api/cypher",
            new { query = "MATCH (n:Organization)\nRETRUN n" },
            400
        );
        Assert.Equal(Neo4jStatusCodes.SyntaxError, (string?)problem["code"]);
        Assert.Equal(2, (int)problem["line"]!);
        Assert.Equal(1, (int)problem["column"]!);
        Assert.Equal(23, (int)problem["offset"]!);
        Assert.Contains("RETRUN", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SemanticError_KeepsItsCode()
    {
        var problem = await _client.PostJsonAsync("/api/cypher", new { query = "RETURN x" }, 400);
        Assert.StartsWith("Neo.ClientError.Statement.", (string?)problem["code"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_IsRefusedWhileWritesAreNotAllowed()
    {
        var problem = await _client.PostJsonAsync(
            "/api/cypher",
            new { query = "CREATE (:Entity {id: 'should-not-exist'})" },
            403
        );
        Assert.Equal(Neo4jStatusCodes.AccessMode, (string?)problem["code"]);
        var check = await _client.PostJsonAsync(
            "/api/cypher",
            new { query = "MATCH (n {id: 'should-not-exist'}) RETURN count(n) AS c" }
        );
        Assert.Equal(0, (int)check["rows"]![0]![0]!["value"]!);
    }

    [Fact]
    public async Task Explain_ReturnsAPlan()
    {
        var json = await _client.PostJsonAsync(
            "/api/cypher",
            new { query = "EXPLAIN MATCH (o:Organization) RETURN o" }
        );
        Assert.False(string.IsNullOrEmpty((string?)json["plan"]?["operatorType"]));
    }

    [Fact]
    public async Task EmptyOrMalformedBodies_AreClearProblems()
    {
        await _client.PostJsonAsync("/api/cypher", new { query = "  " }, 400);
        using var content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync(new Uri("/api/cypher", UriKind.Relative), content);
        Assert.Equal(400, (int)response.StatusCode);
    }
}
