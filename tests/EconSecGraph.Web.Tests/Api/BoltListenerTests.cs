using System.Net;
using System.Net.Sockets;
using EconSecGraph.Web.Tests.Support;

namespace EconSecGraph.Web.Tests.Api;

/// <summary>The Bolt endpoint the app opens by default, with the real server in a real process.</summary>
public class BoltListenerTests
{
    [Fact]
    public async Task BoltPortTaken_AppStillServesHttp_WarnsAndHealthzSaysSo()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var listen = $"127.0.0.1:{port}";

        var (app, health) = await AppProcess.StartAsync(
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Bolt__Enabled"] = "true",
                ["Bolt__Listen"] = listen,
            }
        );
        await using (app)
        {
            Assert.Equal("ok", (string?)health["status"]);
            Assert.Equal("unavailable", (string?)health["bolt"]!["state"]);
            Assert.Equal(listen, (string?)health["bolt"]!["listen"]);
            Assert.Contains("already in use", (string?)health["bolt"]!["error"], StringComparison.Ordinal);

            using var http = new HttpClient();
            var search = await http.GetAsync(new Uri($"http://127.0.0.1:{app.HttpPort}/api/search?q=x"));
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);

            var log = app.Output;
            Assert.Contains("Bolt server not started: " + listen, log, StringComparison.Ordinal);
            Assert.Contains("Bolt__Listen=", log, StringComparison.Ordinal);
            Assert.Contains("Bolt__Enabled=false", log, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task BoltPortFree_HealthzSaysListening_AndTheHandshakeIsAnswered()
    {
        var port = AppProcess.FreePort();
        var (app, health) = await AppProcess.StartAsync(
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Bolt__Enabled"] = "true",
                ["Bolt__Listen"] = $"127.0.0.1:{port}",
            }
        );
        await using (app)
        {
            Assert.Equal("listening", (string?)health["bolt"]!["state"]);
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(IPAddress.Loopback, port);
            var stream = tcp.GetStream();
            // magic preamble, then Bolt 5.8 down to 5.0 proposed; the server answers with the version it picked
            await stream.WriteAsync(
                new byte[] { 0x60, 0x60, 0xB0, 0x17, 0x00, 0x08, 0x08, 0x05, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }
            );
            var answer = new byte[4];
            await stream.ReadExactlyAsync(answer);
            Assert.Equal(5, answer[3]);
        }
    }

    [Fact]
    public async Task BoltDisabled_HealthzSaysDisabled()
    {
        var (app, health) = await AppProcess.StartAsync(
            new Dictionary<string, string>(StringComparer.Ordinal) { ["Bolt__Enabled"] = "false" }
        );
        await using (app)
        {
            Assert.Equal("disabled", (string?)health["bolt"]!["state"]);
        }
    }
}
