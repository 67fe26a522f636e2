using EconSecGraph.Bolt.Messages;
using EconSecGraph.Bolt.Tests.Support;
using EconSecGraph.Cypher;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Tests.Server;

/// <summary>
/// An auto-commit query cut short keeps nothing (as in Neo4j), while one the client finishes — by
/// pulling or discarding the rest — commits. Runs on the real embedded engine.
/// </summary>
public class ServerAbandonTests
{
    private const string Writes = "UNWIND range(1, 5) AS i CREATE (:Abandon {i: i}) RETURN i";

    private static RunMessage Run(string text) => new(text, CypherMap.Empty, CypherMap.Empty);

    private static async Task<long> CountAsync(IGraphDatabase db)
    {
        var (records, _) = await db.QueryAsync(new Query("MATCH (n:Abandon) RETURN count(n) AS c"));
        return ((CypherInteger)records[0]["c"]).Value;
    }

    [Fact]
    public async Task ResetMidStream_RollsBackTheAutoCommitQuery()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await using var server = new ServerHarness(db);
        await server.ConnectAsync();
        await server.SendAsync(Run(Writes), new PullMessage(2));
        await server.ReceiveAsync<SuccessMessage>();
        await server.ReceiveAsync<RecordMessage>();
        await server.ReceiveAsync<RecordMessage>();
        Assert.Equal(CypherBoolean.True, (await server.ReceiveAsync<SuccessMessage>()).Metadata["has_more"]);
        await server.SendAsync(ResetMessage.Instance);
        await server.ReceiveAsync<SuccessMessage>();
        Assert.Equal(0, await CountAsync(db));
    }

    [Fact]
    public async Task ClosedConnectionMidStream_RollsBackTheAutoCommitQuery()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var server = new ServerHarness(db);
        await server.ConnectAsync();
        await server.SendAsync(Run(Writes), new PullMessage(1));
        await server.ReceiveAsync<SuccessMessage>();
        await server.ReceiveAsync<RecordMessage>();
        await server.ReceiveAsync<SuccessMessage>();
        await server.DisposeAsync();
        Assert.Equal(0, await CountAsync(db));
    }

    [Fact]
    public async Task DiscardTheRest_CommitsTheAutoCommitQuery()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        await using var server = new ServerHarness(db);
        await server.ConnectAsync();
        await server.SendAsync(Run(Writes), new PullMessage(2), new DiscardMessage(-1));
        await server.ReceiveAsync<SuccessMessage>();
        await server.ReceiveAsync<RecordMessage>();
        await server.ReceiveAsync<RecordMessage>();
        await server.ReceiveAsync<SuccessMessage>();
        Assert.True((await server.ReceiveAsync<SuccessMessage>()).Metadata.ContainsKey("bookmark"));
        Assert.Equal(5, await CountAsync(db));
    }
}
