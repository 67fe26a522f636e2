using EconSecGraph.Bolt.Messages;
using EconSecGraph.Bolt.Server;
using EconSecGraph.Bolt.Tests.Support;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Tests.Server;

public class ServerAuthTests
{
    private static BoltServerOptions Secured => new() { Username = "neo4j", Password = "secret" };

    [Fact]
    public async Task WrongPassword_FailureUnauthorized_ThenClosed()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase(), Secured);
        await server.HandshakeAsync(0x00080805);
        await server.SendAsync(
            new HelloMessage(ServerHarness.Map(("user_agent", "x"))),
            new LogonMessage(ServerHarness.Map(("scheme", "basic"), ("principal", "neo4j"), ("credentials", "wrong")))
        );
        await server.ReceiveAsync<SuccessMessage>();
        var failure = await server.ReceiveAsync<FailureMessage>();
        Assert.Equal("Neo.ClientError.Security.Unauthorized", ((CypherString)failure.Metadata["neo4j_code"]).Value);
        Assert.True(await server.ServerClosedAsync());
    }

    [Fact]
    public async Task SchemeNone_WhenCredentialsConfigured_IsRefused()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase(), Secured);
        await server.HandshakeAsync(0x00080805);
        await server.SendAsync(
            new HelloMessage(ServerHarness.Map(("user_agent", "x"))),
            new LogonMessage(ServerHarness.Map(("scheme", "none")))
        );
        await server.ReceiveAsync<SuccessMessage>();
        var failure = await server.ReceiveAsync<FailureMessage>();
        Assert.Contains(
            "requires basic authentication",
            ((CypherString)failure.Metadata["message"]).Value,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task RightPassword_Ready()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase(), Secured);
        await server.ConnectAsync("neo4j", "secret");
        Assert.Equal(BoltServerState.Ready, server.Connection.State);
    }

    [Fact]
    public async Task RunBeforeLogon_IsAViolation()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.HandshakeAsync(0x00080805);
        await server.SendAsync(
            new HelloMessage(ServerHarness.Map(("user_agent", "x"))),
            new RunMessage("RETURN 1 AS n", CypherMap.Empty, CypherMap.Empty)
        );
        await server.ReceiveAsync<SuccessMessage>();
        var failure = await server.ReceiveAsync<FailureMessage>();
        Assert.Contains(
            "AUTHENTICATION state; expected LOGON",
            ((CypherString)failure.Metadata["message"]).Value,
            StringComparison.Ordinal
        );
        Assert.True(await server.ServerClosedAsync());
    }

    [Fact]
    public async Task Logoff_ThenLogonAgain()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase(), Secured);
        await server.ConnectAsync();
        await server.SendAsync(
            LogoffMessage.Instance,
            new LogonMessage(ServerHarness.Map(("scheme", "basic"), ("principal", "neo4j"), ("credentials", "secret"))),
            new RunMessage("RETURN 1 AS n", CypherMap.Empty, CypherMap.Empty),
            new PullMessage(-1)
        );
        await server.ReceiveAsync<SuccessMessage>();
        await server.ReceiveAsync<SuccessMessage>();
        await server.ReceiveAsync<SuccessMessage>();
        await server.ReceiveAsync<RecordMessage>();
    }

    [Fact]
    public void Options_NonLoopbackWithoutCredentials_IsRefusedWithAClearMessage()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            new BoltServerOptions { Listen = "0.0.0.0:7687" }.Validate()
        );
        Assert.Contains(
            "Refusing to serve Bolt on non-loopback address 0.0.0.0:7687 without credentials",
            ex.Message,
            StringComparison.Ordinal
        );
        new BoltServerOptions
        {
            Listen = "0.0.0.0:7687",
            Username = "u",
            Password = "p",
        }.Validate();
        new BoltServerOptions { Listen = "localhost:7687" }.Validate();
        new BoltServerOptions { Listen = "[::1]:7687" }.Validate();
        Assert.Throws<InvalidOperationException>(() => new BoltServerOptions { Listen = "nope" }.Validate());
        Assert.Throws<InvalidOperationException>(() =>
            new BoltServerOptions
            {
                Listen = "example.com:7687",
                Username = "u",
                Password = "p",
            }.Validate()
        );
        Assert.Throws<InvalidOperationException>(() => new BoltServerOptions { Username = "u" }.Validate());
    }
}
