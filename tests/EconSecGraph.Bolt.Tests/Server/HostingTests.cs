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
