using System.Net.Sockets;
using EconSecGraph.Bolt.Server;
using EconSecGraph.Bolt.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace EconSecGraph.Bolt.Tests.Server;

public class HostingTests
{
    [Fact]
    public async Task AddBoltServer_ServesBolt_AndKeepsTheHttpEndpoints()
    {
        await using var host = await BoltTestHost.StartAsync(new ScriptedGraphDatabase());
        using var http = new HttpClient();
        Assert.Equal("ok", await http.GetStringAsync(new Uri($"http://127.0.0.1:{host.HttpPort}/health")));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", host.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Hex.Bytes("60 60 B0 17 00 08 08 05 00 00 00 00 00 00 00 00 00 00 00 00"));
        var answer = new byte[4];
        await stream.ReadExactlyAsync(answer);
        Assert.Equal("00 00 08 05", Hex.Of(answer));
    }

    [Fact]
    public async Task HostileConnections_DoNotDisturbTheOthers()
    {
        var options = new Dictionary<string, string?> { ["Bolt:HandshakeTimeout"] = "00:00:01" };
        await using var host = await BoltTestHost.StartAsync(new ScriptedGraphDatabase(), options);
        await using var client = new EconSecGraph.Bolt.Client.Neo4jGraphDatabase(
            new EconSecGraph.Bolt.Client.Neo4jOptions { Uri = host.BoltUri }
        );
        // the good client connects first: on a busy machine a cold handshake of its own could take longer
        // than the 1 s this test gives the hostile ones
        await EconSecGraph.Graph.Database.GraphDatabaseExtensions.QueryAsync(
            client,
            new EconSecGraph.Graph.Database.Query("RETURN 1 AS n")
        );
        using var silent = new TcpClient();
        await silent.ConnectAsync("127.0.0.1", host.Port); // never says anything
        using var garbage = new TcpClient();
        await garbage.ConnectAsync("127.0.0.1", host.Port);
        await garbage.GetStream().WriteAsync(Hex.Bytes("60 60 B0 17 00 08 08 05 00 00 00 00 00 00 00 00 00 00 00 00"));
        await garbage.GetStream().WriteAsync(Hex.Bytes("FF FF 00 01 02 03"));
        for (var i = 0; i < 3; i++)
        {
            var (records, _) = await EconSecGraph.Graph.Database.GraphDatabaseExtensions.QueryAsync(
                client,
                new EconSecGraph.Graph.Database.Query("RETURN 1 AS n")
            );
            Assert.Single(records);
        }
        // the silent one is closed by the server: reading ends with 0 bytes
        var buffer = new byte[16];
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        Assert.Equal(0, await silent.GetStream().ReadAsync(buffer, guard.Token));
    }

    [Fact]
    public void AddBoltServer_NonLoopbackWithoutCredentials_FailsAtStartUp()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Bolt:Enabled"] = "true", ["Bolt:Listen"] = "0.0.0.0:7687" }
        );
        var ex = Assert.Throws<InvalidOperationException>(() => builder.AddBoltServer());
        Assert.Contains("set Bolt__Username and Bolt__Password", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBoltServer_Disabled_IsANoOp()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Bolt:Enabled"] = "false", ["Bolt:Listen"] = "0.0.0.0:7687" }
        );
        builder.AddBoltServer(); // no validation, no endpoint
    }
}
