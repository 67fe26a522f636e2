using EconSecGraph.Graph.Database;
using EconSecGraph.Web.Tests.Support;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Tests.Neo4jBackend;

/// <summary>
/// <c>Graph:Backend=Neo4j</c> end to end without Docker: the app's own Bolt client talks to our Bolt server in
/// front of an empty embedded engine; the seed is loaded over Bolt and the API answers from there.
/// </summary>
[Collection(Neo4jBackendCollection.Name)]
public class Neo4jBackendApiTests(Neo4jBackendFixture fixture)
{
    private const string NodeCount = "MATCH (n) RETURN count(n) AS c";
    private const string RelationshipCount = "MATCH ()-[r]->() RETURN count(r) AS c";

    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Healthz_ShowsTheNeo4jBackendItsAgentTheLoadedSeedAndBoltOff()
    {
        var json = await _client.GetJsonAsync("/healthz");
        Assert.Equal("ok", (string?)json["status"]);
        Assert.Equal("Neo4j", (string?)json["backend"]);
        Assert.StartsWith("Neo4j/", (string?)json["agent"], StringComparison.Ordinal);
        Assert.StartsWith("loaded", (string?)json["seed"], StringComparison.Ordinal);
        // Bolt:Enabled=true in the settings: the app must not serve Bolt in front of Neo4j (it could dial itself)
        Assert.Equal("disabled", (string?)json["bolt"]!["state"]);
    }

    [Fact]
    public async Task Seed_WasWrittenOverBolt_AndMatchesTheEmbeddedApp()
    {
        SeedGuard.Require(fixture.App.Services);
        var nodes = await CountAsync(_client, NodeCount);
        var relationships = await CountAsync(_client, RelationshipCount);
        Assert.True(nodes > 100, $"only {nodes} nodes arrived");
        Assert.True(relationships > 100, $"only {relationships} relationships arrived");

        // what the app counts over Bolt is what the engine behind the server holds
        Assert.Equal(nodes, await EngineCountAsync(fixture.Server.Engine, NodeCount));
        Assert.Equal(relationships, await EngineCountAsync(fixture.Server.Engine, RelationshipCount));

        await using var embedded = new ExplorerApp();
        using var reference = embedded.CreateClient();
        SeedGuard.Require(embedded.Services);
        Assert.Equal(await CountAsync(reference, NodeCount), nodes);
        Assert.Equal(await CountAsync(reference, RelationshipCount), relationships);
        var expected = await reference.GetJsonAsync("/api/nodes/org-atla/neighbors");
        var actual = await _client.GetJsonAsync("/api/nodes/org-atla/neighbors");
        Assert.Equal((long)expected["total"]!, (long)actual["total"]!);
        Assert.Equal(ElementIds(expected), ElementIds(actual));
    }

    [Fact]
    public async Task Seed_SchemaCommandsRanOnTheServer()
    {
        SeedGuard.Require(fixture.App.Services);
        Assert.Contains("entity_search", await NamesAsync("SHOW INDEXES YIELD name RETURN name"));
        Assert.Contains("entity_id", await NamesAsync("SHOW CONSTRAINTS YIELD name RETURN name"));
    }

    [Theory]
    [InlineData("防衛装備庁")]
    [InlineData("ATLA")]
    public async Task Search_Atla_RanksFirst(string q)
    {
        SeedGuard.Require(fixture.App.Services);
        await SeedApiChecks.AtlaRanksFirstAsync(_client, q);
    }

    [Fact]
    public async Task Neighbors_OfAtla_ArePagedWithTheTotal()
    {
        SeedGuard.Require(fixture.App.Services);
        var details = await _client.GetJsonAsync("/api/nodes/org-atla");
        Assert.Equal("防衛装備庁", (string?)details["name"]);
        await SeedApiChecks.AtlaFirstNeighborPageAsync(_client);
    }

    [Fact]
    public async Task Shortest_AtlaToMod_IsOneStepPartOf()
    {
        SeedGuard.Require(fixture.App.Services);
        await SeedApiChecks.AtlaToModIsOnePartOfAsync(_client);
    }

    [Fact]
    public async Task CypherConsole_RunsOverBolt_AndReportsErrorsWithTheirStatusCode()
    {
        SeedGuard.Require(fixture.App.Services);
        var json = await _client.PostJsonAsync(
            "/api/cypher",
            new
            {
                query = "MATCH (o:Organization {id: $id}) RETURN o.name AS name",
                parameters = new { id = "org-atla" },
            }
        );
        Assert.Equal(["name"], json["columns"]!.Select(c => (string?)c));
        Assert.Equal("防衛装備庁", (string?)json["rows"]![0]![0]!["value"]);

        var problem = await _client.PostJsonAsync("/api/cypher", new { query = "MATCH (n RETURN n" }, 400);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", (string?)problem["code"]);
    }

    private static async Task<long> CountAsync(HttpClient client, string query)
    {
        var json = await client.PostJsonAsync("/api/cypher", new { query });
        return (long)json["rows"]![0]![0]!["value"]!;
    }

    private static async Task<long> EngineCountAsync(IGraphDatabase engine, string query)
    {
        var (records, _) = await engine.QueryAsync(new Query(query));
        return ((Graph.Values.CypherInteger)records[0][0]).Value;
    }

    private async Task<List<string>> NamesAsync(string query)
    {
        var (records, _) = await fixture.Server.Engine.QueryAsync(new Query(query));
        return [.. records.Select(r => ((Graph.Values.CypherString)r[0]).Value)];
    }

    private static List<string> ElementIds(JObject json) =>
        [.. json["elements"]!.Select(e => (string?)e["data"]!["id"] ?? "").Order(StringComparer.Ordinal)];
}
