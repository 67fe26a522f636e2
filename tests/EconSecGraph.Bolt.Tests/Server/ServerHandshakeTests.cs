using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.Messages;
using EconSecGraph.Bolt.Server;
using EconSecGraph.Bolt.Tests.Support;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Tests.Server;

public class ServerHandshakeTests
{
    [Fact]
    public async Task Legacy_Chooses58_HelloCarriesAgentAndConnectionId()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        var hello = await server.ConnectAsync();
        Assert.Equal("Neo4j/5.26.0", ((CypherString)hello.Metadata["server"]).Value);
        Assert.Equal("bolt-test", ((CypherString)hello.Metadata["connection_id"]).Value);
        Assert.Equal(CypherBoolean.True, ((CypherMap)hello.Metadata["hints"])["telemetry.enabled"]);
        Assert.False(hello.Metadata.ContainsKey("protocol_version"));
    }

    [Fact]
    public async Task Manifest_OfferGoesOutInOneWrite_ThenClientChoiceGluedToHello()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        // the JS 6.3.0 opening
        await server.SendRawAsync(Hex.Bytes("60 60 B0 17 00 00 01 FF 00 08 08 05 00 02 04 04 00 00 00 03"));
        var reply = await server.ReadRawAsync(18);
        Assert.Equal("00 00 01 FF 03 00 02 08 05 00 04 04 05 00 00 04 04 00", Hex.Of(reply));
        var hello = MessageCodec.Serialize(
            new HelloMessage(ServerHarness.Map(("user_agent", "x"))),
            BoltValueFormat.V5
        );
        var glued = Hex.Bytes("00 00 08 05 00")
            .Concat(new byte[] { 0, (byte)hello.Length })
            .Concat(hello)
            .Concat(new byte[] { 0, 0 })
            .ToArray();
        await server.SendRawAsync(glued);
        var success = await server.ReceiveAsync<SuccessMessage>();
        Assert.Equal("5.8", ((CypherString)success.Metadata["protocol_version"]).Value);
        Assert.Equal(new EconSecGraph.Bolt.Framing.BoltVersion(5, 8), server.Connection.Version);
    }

    [Fact]
    public async Task Manifest_ChoiceSplitAcrossWrites_IsBuffered()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.SendRawAsync(Hex.Bytes("60 60 B0 17 00 00 01 FF 00 00 00 00 00 00 00 00 00 00 00 00"));
        await server.ReadRawAsync(18);
        await server.SendRawAsync(Hex.Bytes("00 00"));
        await server.SendRawAsync(Hex.Bytes("07 05"));
        await server.SendRawAsync(Hex.Bytes("00"));
        await server.SendAsync(new HelloMessage(ServerHarness.Map(("user_agent", "x"))));
        var success = await server.ReceiveAsync<SuccessMessage>();
        Assert.Equal("5.7", ((CypherString)success.Metadata["protocol_version"]).Value);
    }

    [Fact]
    public async Task Manifest_ChoiceNotOffered_Closes()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.SendRawAsync(Hex.Bytes("60 60 B0 17 00 00 01 FF 00 00 00 00 00 00 00 00 00 00 00 00"));
        await server.ReadRawAsync(18);
        await server.SendRawAsync(Hex.Bytes("00 00 05 05 00")); // 5.5 is not offered
        Assert.True(await server.ServerClosedAsync());
    }

    [Fact]
    public async Task NoCommonVersion_AnswersZeroAndCloses()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        Assert.Equal(0u, await server.HandshakeAsync(0x00000003, 0x00000002));
        Assert.True(await server.ServerClosedAsync());
    }

    [Fact]
    public async Task WrongMagic_ClosesWithoutReply()
    {
        await using var server = new ServerHarness(new ScriptedGraphDatabase());
        await server.SendRawAsync("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"u8.ToArray());
        Assert.Empty(await server.ReadRawAsync(4));
    }

    [Fact]
    public async Task SilentClient_IsClosedAfterTheHandshakeTimeout()
    {
        await using var server = new ServerHarness(
            new ScriptedGraphDatabase(),
            new BoltServerOptions { HandshakeTimeout = TimeSpan.FromMilliseconds(200) }
        );
        await server.SendRawAsync(0x60, 0x60); // half a preamble, then nothing
        Assert.Empty(await server.ReadRawAsync(4));
        await server.Running;
    }

    [Fact]
    public async Task SilentAfterHello_IsClosed()
    {
        // The handshake timeout applies to each read before LOGON, HELLO's too: long enough for a cold test
        // process on a busy machine to send HELLO (200 ms was not, once in CI), short enough to see the close.
        await using var server = new ServerHarness(
            new ScriptedGraphDatabase(),
            new BoltServerOptions { HandshakeTimeout = TimeSpan.FromSeconds(1) }
        );
        await server.HandshakeAsync(0x00080805);
        await server.SendAsync(new HelloMessage(ServerHarness.Map(("user_agent", "x"))));
        await server.ReceiveAsync<SuccessMessage>();
        Assert.True(await server.ServerClosedAsync()); // no LOGON ever came
    }

    [Fact]
    public async Task PartialMessageThenSilence_IsClosed()
    {
        await using var server = new ServerHarness(
            new ScriptedGraphDatabase(),
            new BoltServerOptions { MessageTimeout = TimeSpan.FromMilliseconds(200) }
        );
        await server.ConnectAsync();
        await server.SendRawAsync(0x00, 0x10, 0xB3, 0x10); // a chunk header announcing 16 bytes, then 2
        Assert.True(await server.ServerClosedAsync());
    }

    [Fact]
    public async Task IdleTimeout_ClosesAnIdleAuthenticatedConnection()
    {
        await using var server = new ServerHarness(
            new ScriptedGraphDatabase(),
            new BoltServerOptions { IdleTimeout = TimeSpan.FromMilliseconds(200) }
        );
        await server.ConnectAsync();
        Assert.True(await server.ServerClosedAsync());
    }

    [Fact]
    public async Task Bolt44_CredentialsInHello_UtcPatch_ThreeFieldNodes()
    {
        await using var server = new ServerHarness(
            new ScriptedGraphDatabase(),
            new BoltServerOptions { Username = "neo4j", Password = "secret" }
        );
        Assert.Equal(0x00000404u, await server.HandshakeAsync(0x00020404));
        server.Format = BoltValueFormat.V4Utc;
        await server.SendAsync(
            new HelloMessage(
                ServerHarness.Map(
                    ("user_agent", "x"),
                    ("scheme", "basic"),
                    ("principal", "neo4j"),
                    ("credentials", "secret"),
                    ("patch_bolt", CypherList.Wrap(["utc"]))
                )
            ),
            new RunMessage("GRAPH", CypherMap.Empty, CypherMap.Empty),
            new PullMessage(-1)
        );
        var hello = await server.ReceiveAsync<SuccessMessage>();
        Assert.Equal(CypherList.Wrap(["utc"]), hello.Metadata["patch_bolt"]);
        await server.ReceiveAsync<SuccessMessage>();
        var record = await server.ReceiveAsync<RecordMessage>();
        var node = Assert.IsType<CypherNode>(record.Values[0]);
        Assert.Equal("1", node.ElementId); // the 4.4 layout has no element ids
    }

    [Fact]
    public async Task Bolt50_CredentialsInHello_NoLogon()
    {
        await using var server = new ServerHarness(
            new ScriptedGraphDatabase(),
            new BoltServerOptions { Username = "neo4j", Password = "secret" }
        );
        Assert.Equal(0x00000005u, await server.HandshakeAsync(0x00000005));
        await server.SendAsync(
            new HelloMessage(
                ServerHarness.Map(
                    ("user_agent", "x"),
                    ("scheme", "basic"),
                    ("principal", "neo4j"),
                    ("credentials", "secret")
                )
            ),
            new RunMessage("RETURN 1 AS n", CypherMap.Empty, CypherMap.Empty),
            new PullMessage(-1)
        );
        await server.ReceiveAsync<SuccessMessage>();
        await server.ReceiveAsync<SuccessMessage>();
        Assert.Equal(CypherInteger.Of(1), (await server.ReceiveAsync<RecordMessage>()).Values[0]);
    }
}
