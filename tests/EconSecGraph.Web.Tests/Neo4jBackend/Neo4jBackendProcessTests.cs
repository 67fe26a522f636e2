using System.Net;
using System.Net.Sockets;
using EconSecGraph.Graph.Database;
using EconSecGraph.Web.Tests.Support;

namespace EconSecGraph.Web.Tests.Neo4jBackend;

/// <summary>
/// The app as docker compose runs it (a real process, real Kestrel, settings as environment variables), with
/// our Bolt server standing in for the <c>neo4j</c> service.
/// </summary>
public class Neo4jBackendProcessTests
{
    [Fact]
    public async Task ComposeStyleEnvironment_LoadsTheSeedOverBolt_ServesTheApi_AndLeavesBoltOff()
    {
        await using var server = await EmbeddedBoltServer.StartAsync();
        var boltPort = AppProcess.FreePort();
        var (app, health) = await AppProcess.StartAsync(
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Graph__Backend"] = "Neo4j",
                ["Neo4j__Uri"] = server.BoltUri,
                ["Neo4j__User"] = EmbeddedBoltServer.User,
                ["Neo4j__Password"] = EmbeddedBoltServer.Password,
                ["Neo4j__Database"] = "neo4j",
                ["Seed__LoadOnStart"] = "true",
                // left on (appsettings.json's default) on purpose: the app must not serve Bolt in front of Neo4j
                ["Bolt__Enabled"] = "true",
                ["Bolt__Listen"] = $"127.0.0.1:{boltPort}",
            }
        );
        await using (app)
        {
            Assert.Equal("ok", (string?)health["status"]);
            Assert.Equal("Neo4j", (string?)health["backend"]);
            Assert.StartsWith("loaded", (string?)health["seed"], StringComparison.Ordinal);
            Assert.Equal("disabled", (string?)health["bolt"]!["state"]);
            Assert.Contains(
                $"Graph backend Neo4j at {server.BoltUri} (user 'neo4j', database 'neo4j') answers",
                app.Output,
                StringComparison.Ordinal
            );

            var (records, _) = await server.Engine.QueryAsync(new Query("MATCH (n:Entity) RETURN count(n)"));
            Assert.True(((Graph.Values.CypherInteger)records[0][0]).Value > 100);

            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{app.HttpPort}") };
            var search = await http.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("防衛装備庁"));
            Assert.Equal("org-atla", (string?)search["items"]![0]!["key"]);

            using var probe = new TcpClient();
            var refused = await Assert.ThrowsAsync<SocketException>(() =>
                probe.ConnectAsync(IPAddress.Loopback, boltPort)
            );
            Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
        }
    }
}
