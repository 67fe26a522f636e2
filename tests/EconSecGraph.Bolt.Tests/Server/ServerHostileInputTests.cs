using EconSecGraph.Bolt.Messages;
using EconSecGraph.Bolt.Server;
using EconSecGraph.Bolt.Tests.Support;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Tests.Server;

public class ServerHostileInputTests
{
    private static string Code(FailureMessage failure) => ((CypherString)failure.Metadata["neo4j_code"]).Value;

    private static string Message(FailureMessage failure) => ((CypherString)failure.Metadata["message"]).Value;

    [Fact]
    public async Task UnknownMessage_FailureThenClose()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.ConnectAsync();
        await server.SendRawAsync(Hex.Bytes("00 02 B0 0E 00 00")); // ACK_FAILURE (Bolt ≤ 2)
        var failure = await server.ReceiveAsync<FailureMessage>();
        Assert.Equal("Neo.ClientError.Request.Invalid", Code(failure));
        Assert.Contains("Unknown message signature 0x0E", Message(failure), StringComparison.Ordinal);
        Assert.True(await server.ServerClosedAsync());
    }

    [Fact]
    public async Task WrongStructureSize_FailureThenClose()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.ConnectAsync();
        await server.SendRawAsync(Hex.Bytes("00 04 B2 10 80 A0 00 00")); // RUN with two fields
        Assert.Contains(
            "RUN has 3 field(s)",
            Message(await server.ReceiveAsync<FailureMessage>()),
            StringComparison.Ordinal
        );
        Assert.True(await server.ServerClosedAsync());
    }

    [Fact]
    public async Task GarbageBytes_FailureThenClose()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.ConnectAsync();
        await server.SendRawAsync(Hex.Bytes("00 03 B1 10 C7 00 00"));
        await server.ReceiveAsync<FailureMessage>();
        Assert.True(await server.ServerClosedAsync());
    }

    [Fact]
    public async Task OversizedMessage_FailureThenClose()
    {
        await using var server = new ServerHarness(
            new ScriptedGraphDatabase(),
            new BoltServerOptions { MaxMessageSize = 4096 }
        );
        await server.ConnectAsync();
        await server.SendAsync(new RunMessage(new string('x', 10_000), CypherMap.Empty, CypherMap.Empty));
        Assert.Contains(
            "exceeds the limit of 4096 bytes",
            Message(await server.ReceiveAsync<FailureMessage>()),
            StringComparison.Ordinal
        );
        Assert.True(await server.ServerClosedAsync());
    }

    [Fact]
    public async Task MessageInTheWrongState_FailureThenClose()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.ConnectAsync();
        await server.SendAsync(new PullMessage(-1));
        Assert.Contains(
            "PULL cannot be handled by a connection in the READY state",
            Message(await server.ReceiveAsync<FailureMessage>()),
            StringComparison.Ordinal
        );
        Assert.True(await server.ServerClosedAsync());
    }

    [Fact]
    public async Task HelloTwice_IsAViolation()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.ConnectAsync();
        await server.SendAsync(new HelloMessage(CypherMap.Empty));
        await server.ReceiveAsync<FailureMessage>();
        Assert.True(await server.ServerClosedAsync());
    }

    [Fact]
    public async Task ResetBeforeHello_IsAViolation()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.HandshakeAsync(0x00080805);
        await server.SendAsync(ResetMessage.Instance);
        await server.ReceiveAsync<FailureMessage>();
        Assert.True(await server.ServerClosedAsync());
    }

    [Fact]
    public async Task Goodbye_Closes()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.ConnectAsync();
        await server.SendAsync(GoodbyeMessage.Instance);
        Assert.True(await server.ServerClosedAsync());
    }

    [Fact]
    public async Task ClientVanishesMidTransaction_TransactionRolledBack()
    {
        var database = new ScriptedGraphDatabase();
        var server = new ServerHarness(database);
        await server.ConnectAsync();
        await server.SendAsync(
            new BeginMessage(CypherMap.Empty),
            new RunMessage("CREATE", CypherMap.Empty, CypherMap.Empty),
            new PullMessage(-1)
        );
        await server.ReceiveAsync<SuccessMessage>();
        await server.ReceiveAsync<SuccessMessage>();
        await server.ReceiveAsync<SuccessMessage>();
        await server.DisposeAsync(); // the client end closes
        Assert.Equal(0, database.CommittedItems);
    }

    [Fact]
    public async Task NoopChunksBetweenMessages_AreIgnored()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.ConnectAsync();
        await server.SendRawAsync(Hex.Bytes("00 00 00 00"));
        await server.SendAsync(new RunMessage("RETURN 1 AS n", CypherMap.Empty, CypherMap.Empty), new PullMessage(-1));
        await server.ReceiveAsync<SuccessMessage>();
        await server.ReceiveAsync<RecordMessage>();
    }
}
