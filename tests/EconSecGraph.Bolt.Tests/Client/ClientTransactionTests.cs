using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Tests.Client;

public class ClientTransactionTests : ClientTestBase
{
    [Fact]
    public async Task Commit_Keeps_Rollback_Drops()
    {
        await using var db = Connect();
        await using (var tx = await db.BeginTransactionAsync())
        {
            var result = await tx.RunAsync(new Query("CREATE"));
            var summary = await result.ConsumeAsync();
            Assert.Equal(1, summary.Counters.NodesCreated);
            Assert.True(summary.Counters.ContainsUpdates);
            Assert.Equal(QueryType.WriteOnly, summary.QueryType);
            Assert.StartsWith("FB:", await tx.CommitAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(1, Engine.CommittedItems);
        await using (var tx = await db.BeginTransactionAsync())
        {
            await tx.RunAsync(new Query("CREATE"));
            await tx.RollbackAsync();
        }
        await using (var tx = await db.BeginTransactionAsync())
        {
            await tx.RunAsync(new Query("CREATE")); // disposed without commit: rolled back
        }
        Assert.Equal(1, Engine.CommittedItems);
    }

    [Fact]
    public async Task TwoResultsInOneTransaction_TheFirstIsBuffered()
    {
        await using var db = Connect(o => o.FetchSize = 1);
        await using var tx = await db.BeginTransactionAsync();
        var first = await tx.RunAsync(new Query("ROWS", new Dictionary<string, CypherValue> { ["n"] = 3L }));
        Assert.Equal(CypherInteger.Of(1), (await first.NextAsync())!["i"]);
        var second = await tx.RunAsync(new Query("RETURN 1 AS n"));
        Assert.Equal(CypherInteger.Of(1), (await second.NextAsync())!["n"]);
        Assert.Equal(CypherInteger.Of(2), (await first.NextAsync())!["i"]);
        Assert.Equal(CypherInteger.Of(3), (await first.NextAsync())!["i"]);
        Assert.Null(await first.NextAsync());
        await tx.CommitAsync();
    }

    [Fact]
    public async Task Bookmarks_OfACommit_AreSentWithTheNextTransaction()
    {
        await using var db = Connect();
        string? bookmark;
        await using (var tx = await db.BeginTransactionAsync())
        {
            await tx.RunAsync(new Query("CREATE"));
            bookmark = await tx.CommitAsync();
        }
        await using (var tx = await db.BeginTransactionAsync(TransactionConfig.ReadOnly))
        {
            await tx.RunAsync(new Query("COUNT"));
            await tx.CommitAsync();
        }
        Assert.Equal([bookmark!], Engine.Configs[^1].Bookmarks);
        Assert.Equal(AccessMode.Read, Engine.Configs[^1].AccessMode);
    }

    [Fact]
    public async Task FailureInATransaction_ItCanOnlyBeRolledBack()
    {
        await using var db = Connect(o => o.MaxConnectionPoolSize = 1);
        var tx = await db.BeginTransactionAsync();
        await Assert.ThrowsAsync<CypherSyntaxException>(() => tx.RunAsync(new Query("FAIL")));
        var again = await Assert.ThrowsAsync<CypherException>(() => tx.RunAsync(new Query("RETURN 1 AS n")));
        Assert.Equal(Neo4jStatusCodes.TransactionTerminated, again.Code);
        await tx.RollbackAsync();
        await tx.DisposeAsync();
        var (records, _) = await db.QueryAsync(new Query("RETURN 1 AS n"));
        Assert.Single(records);
    }

    [Fact]
    public async Task ManagedTransaction_RetriesTransientErrors()
    {
        Engine.TransientFailures = 2;
        await using var db = Connect();
        var attempts = 0;
        var ok = await db.ExecuteReadAsync(async tx =>
        {
            attempts++;
            var result = await tx.RunAsync(new Query("TRANSIENT"));
            return (await result.NextAsync())!["ok"];
        });
        Assert.Equal(CypherBoolean.True, ok);
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task ManagedWrite_CommitsOnce()
    {
        await using var db = Connect(routing: true);
        await db.ExecuteWriteAsync(async tx =>
        {
            await (await tx.RunAsync(new Query("CREATE"))).ConsumeAsync();
            return 0;
        });
        Assert.Equal(1, Engine.CommittedItems);
    }

    [Fact]
    public async Task LeaderChange_BecomesTransient()
    {
        await using var db = Connect(routing: true);
        await using var tx = await db.BeginTransactionAsync();
        var error = await Assert.ThrowsAsync<CypherException>(() => tx.RunAsync(new Query("NOT A LEADER")));
        Assert.True(error.IsTransient);
        Assert.Contains("Neo.ClientError.Cluster.NotALeader", error.Message, StringComparison.Ordinal);
        var inner = Assert.IsType<CypherException>(error.InnerException);
        Assert.Equal(Neo4jStatusCodes.NotALeader, inner.Code);
    }

    [Fact]
    public async Task CommitTwice_IsAClearError()
    {
        await using var db = Connect();
        await using var tx = await db.BeginTransactionAsync();
        await tx.CommitAsync();
        var error = await Assert.ThrowsAsync<CypherException>(() => tx.CommitAsync());
        Assert.Contains("already been committed or rolled back", error.Message, StringComparison.Ordinal);
    }
}
