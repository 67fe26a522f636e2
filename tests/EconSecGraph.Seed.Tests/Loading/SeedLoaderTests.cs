using EconSecGraph.Graph.Values;
using EconSecGraph.Seed.Loading;
using EconSecGraph.Seed.Tests.Validation;
using EconSecGraph.Seed.Validation;

namespace EconSecGraph.Seed.Tests.Loading;

public class SeedLoaderTests
{
    [Fact]
    public async Task Load_InvalidSeed_ThrowsAndRunsNothing()
    {
        var seed = new MiniSeed();
        seed.ReplaceInRelationships("to: pub-jiji", "to: pub-jijii");
        var db = new RecordingDatabase();

        var ex = await Assert.ThrowsAsync<SeedValidationException>(() => new SeedLoader(db).LoadAsync(seed.ToSource()));

        Assert.Equal(SeedProblemCodes.DanglingReference, Assert.Single(ex.Problems).Code);
        Assert.Empty(db.Runs);
    }

    [Fact]
    public async Task Load_SchemaRunsAlone_ThenAllDataInOneCommittedWriteTransaction()
    {
        var db = new RecordingDatabase();

        await new SeedLoader(db).LoadAsync(new MiniSeed().ToSource());

        var schema = db.Runs.Where(r => r.Query.Text.StartsWith("CREATE", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, schema.Count);
        Assert.All(schema, r => Assert.False(r.Explicit));
        Assert.NotEqual(schema[0].Transaction, schema[1].Transaction);
        Assert.Equal(db.Runs.Take(2), schema);

        var data = db.Runs.Skip(2).ToList();
        Assert.All(data, r => Assert.True(r.Explicit));
        Assert.Single(data.Select(r => r.Transaction).Distinct());
        Assert.Contains(data[0].Transaction, db.Committed);
        Assert.Contains(data, r => r.Query.Text.Contains("MERGE (n:Entity {id: row.id})", StringComparison.Ordinal));
        Assert.Contains(
            data,
            r => r.Query.Text.Contains("MERGE (a)-[r:HAS_AMOUNT {id: row.id}]->(b)", StringComparison.Ordinal)
        );
        Assert.True(
            data.FindIndex(r => r.Query.Text.Contains("MERGE (a)", StringComparison.Ordinal))
                > data.FindLastIndex(r => r.Query.Text.Contains("MERGE (n:", StringComparison.Ordinal)),
            "all nodes before any relationship"
        );
    }

    [Fact]
    public async Task Load_SmallBatches_SplitsRowsAndReportsEveryStep()
    {
        var db = new RecordingDatabase();
        var progress = new List<SeedLoadProgress>();

        var report = await new SeedLoader(
            db,
            new SeedLoadOptions { BatchSize = 2 },
            new SyncProgress(progress.Add)
        ).LoadAsync(SeedPaths.Repository());

        var rowCounts = db
            .Runs.Where(r => r.Query.Parameters.ContainsKey("rows"))
            .Select(r => ((CypherList)r.Query.Parameters["rows"]).Count)
            .ToList();
        Assert.All(rowCounts, c => Assert.InRange(c, 1, 2));
        Assert.Equal(report.Nodes + report.Relationships, rowCounts.Sum());
        Assert.Equal(db.Runs.Count, progress.Count);
        Assert.Equal(Enumerable.Range(1, progress.Count), progress.Select(p => p.Step));
        Assert.All(progress, p => Assert.Equal(progress.Count, p.Steps));
        Assert.Equal(143, report.Nodes);
        Assert.Equal(411, report.Relationships);
    }

    [Fact]
    public async Task Load_NoPruneNoSchema_RunsOnlyMerges()
    {
        var db = new RecordingDatabase();

        await new SeedLoader(db, new SeedLoadOptions { Prune = false, CreateSchema = false }).LoadAsync(
            new MiniSeed().ToSource()
        );

        Assert.All(db.Runs, r => Assert.StartsWith("UNWIND $rows AS row", r.Query.Text, StringComparison.Ordinal));
    }

    private sealed class SyncProgress(Action<SeedLoadProgress> report) : IProgress<SeedLoadProgress>
    {
        public void Report(SeedLoadProgress value) => report(value);
    }
}
