using EconSecGraph.Cypher;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;
using EconSecGraph.Seed.Export;
using EconSecGraph.Seed.Loading;
using EconSecGraph.Seed.Tests.Export;
using EconSecGraph.Seed.Tests.Validation;

namespace EconSecGraph.Seed.Tests.Facts;

/// <summary>The loader and the exported script on the embedded engine: counts, idempotency, pruning.</summary>
public class SeedLoadEngineTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [SkippableFact]
    public void Load_First_CreatesEverything_Second_ChangesNothing()
    {
        db.RequireLoaded();
        Assert.Equal(143, db.First.Counters.NodesCreated);
        Assert.Equal(411, db.First.Counters.RelationshipsCreated);
        Assert.True(db.First.Changed);
        Assert.False(db.Second.Changed, db.Second.Counters.ToString());
        Assert.Equal(QueryCounters.None, db.Second.Counters with { SystemUpdates = 0 });
        Assert.Contains(db.Progress, p => p.Kind == SeedStatementKind.Relationships && p.Changes > 0);
    }

    [SkippableFact]
    public async Task Load_CountsPerLabelAndType_MatchTheFiles()
    {
        db.RequireLoaded();
        var graph = EconSecGraph.Seed.Validation.SeedValidator.Validate(SeedPaths.Repository()).GetValidGraph();
        foreach (var (label, count) in graph.CountByLabel())
        {
            Assert.Equal(CypherInteger.Of(count), await db.ScalarAsync($"MATCH (n:{label}) RETURN count(n)"));
        }
        foreach (var (type, count) in graph.CountByType())
        {
            Assert.Equal(CypherInteger.Of(count), await db.ScalarAsync($"MATCH ()-[r:{type}]->() RETURN count(r)"));
        }
        Assert.Equal(CypherInteger.Of(graph.Nodes.Count), await db.ScalarAsync("MATCH (n:Entity) RETURN count(n)"));
    }

    [SkippableFact]
    public async Task Load_ChangedSeed_UpdatesOnlyThatNode_AndPrunesRemovedOnes()
    {
        db.RequireLoaded();
        await using var database = EmbeddedGraphDatabase.CreateInMemory();
        var seed = new MiniSeed();
        var loader = new SeedLoader(database);
        await loader.LoadAsync(seed.ToSource());

        seed.ReplaceInNodes("name: 経済安全保障基金", "name: 経済安保基金");
        var changed = await loader.LoadAsync(seed.ToSource());
        seed.ReplaceInRelationships("  - from: fund-econsec\n", "  - from: fund-econsec\n    key: renamed\n");
        var rekeyed = await loader.LoadAsync(seed.ToSource());

        Assert.Equal(0, changed.Counters.NodesCreated);
        Assert.True(changed.Counters.PropertiesSet > 0);
        Assert.Equal(1, rekeyed.Counters.RelationshipsCreated);
        Assert.Equal(1, rekeyed.Counters.RelationshipsDeleted);
        var (records, _) = await database.QueryAsync(new Query("MATCH (f:Fund) RETURN f.name AS name"));
        Assert.Equal("経済安保基金", Assert.Single(records)["name"].ToString());
    }

    [SkippableFact]
    public async Task ExportedScript_RunsOnTheEngine_TwiceWithoutChanges()
    {
        db.RequireLoaded();
        await using var database = EmbeddedGraphDatabase.CreateInMemory();
        var statements = CypherScript.Split(CypherScriptExporter.Export(SeedPaths.Repository()));

        var first = await RunAll(database, statements);
        var second = await RunAll(database, statements);

        Assert.Equal(143, first.NodesCreated);
        Assert.Equal(411, first.RelationshipsCreated);
        Assert.False(second.ContainsUpdates, second.ToString());
        var (records, _) = await database.QueryAsync(
            new Query("MATCH (a:Article {id: 'art-yomiuri-20200504-anpo60-2-1'}) RETURN a.name AS name")
        );
        Assert.Equal(
            "[安保60年]第2部 経済安全保障<1>技術狙う中国「千人計画」",
            Assert.Single(records)["name"].ToString()
        );
    }

    private static async Task<QueryCounters> RunAll(IGraphDatabase database, IEnumerable<string> statements)
    {
        var total = QueryCounters.None;
        foreach (var statement in statements)
        {
            var (_, summary) = await database.QueryAsync(new Query(statement));
            total = total.Add(summary.Counters);
        }
        return total;
    }
}
