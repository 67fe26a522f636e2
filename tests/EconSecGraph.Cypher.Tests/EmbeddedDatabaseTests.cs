using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;
using Record = EconSecGraph.Graph.Database.Record;

namespace EconSecGraph.Cypher.Tests;

public sealed class EmbeddedDatabaseTests
{
    private static async Task<List<Record>> Run(
        EmbeddedGraphDatabase db,
        string text,
        params (string Key, object? Value)[] parameters
    )
    {
        var query = Query.Create(text, parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        var (records, _) = await db.QueryAsync(query);
        return [.. records];
    }

    [Fact]
    public async Task CreateThenMatch_ReturnsCreatedNodes()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await Run(db, "CREATE (:Agency {name: 'METI'}), (:Agency {name: 'MOFA'})");
        var rows = await Run(db, "MATCH (a:Agency) RETURN a.name AS name ORDER BY name");
        Assert.Equal(["METI", "MOFA"], rows.Select(r => r["name"].ToString()));
    }

    [Fact]
    public async Task Relationships_ExpandBothWays()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await Run(db, "CREATE (a:A {n: 1})-[:R {w: 2}]->(b:B {n: 2})");
        var rows = await Run(db, "MATCH (b:B)<-[r:R]-(a) RETURN a.n AS a, r.w AS w, b.n AS b");
        var row = Assert.Single(rows);
        Assert.Equal(CypherInteger.Of(1), row["a"]);
        Assert.Equal(CypherInteger.Of(2), row["w"]);
        Assert.Equal(CypherInteger.Of(2), row["b"]);
    }

    [Fact]
    public async Task Aggregation_GroupsImplicitly()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await Run(db, "UNWIND range(1, 10) AS i CREATE (:N {g: i % 3, v: i})");
        var rows = await Run(db, "MATCH (n:N) RETURN n.g AS g, count(*) AS c, sum(n.v) AS s ORDER BY g");
        Assert.Equal(["0:3:18", "1:4:22", "2:3:15"], rows.Select(r => $"{r["g"]}:{r["c"]}:{r["s"]}"));
    }

    [Fact]
    public async Task Parameters_WholeFloatAcceptedAsLimit()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var rows = await Run(db, "UNWIND range(1, 10) AS i RETURN i LIMIT $n", ("n", 3.0));
        Assert.Equal(3, rows.Count);
    }
}
