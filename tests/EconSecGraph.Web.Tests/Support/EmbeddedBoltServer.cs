using System.Net;
using System.Net.Sockets;
using EconSecGraph.Bolt.Server;
using EconSecGraph.Cypher;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EconSecGraph.Web.Tests.Support;

/// <summary>
/// A stand-in for a Neo4j server: our embedded engine (empty, in memory) behind our own Bolt server, hosted the
/// way the app hosts it (<see cref="BoltServerExtensions.AddBoltServer"/>, Kestrel) on a free loopback port,
/// with basic auth. The app under test reaches it only over Bolt, as it reaches Neo4j.
/// </summary>
public sealed class EmbeddedBoltServer : IAsyncDisposable
{
    public const string User = "neo4j";
    public const string Password = "bolt-test-secret";

    private readonly WebApplication _host;

    private EmbeddedBoltServer(WebApplication host, EmbeddedGraphDatabase engine, int port)
    {
        _host = host;
        Engine = engine;
        Port = port;
    }

    /// <summary>The engine behind the server, to check what arrived over Bolt.</summary>
    public EmbeddedGraphDatabase Engine { get; }

    public int Port { get; }

    public string BoltUri => $"bolt://127.0.0.1:{Port}";

    /// <summary>Starts on <paramref name="port"/>, or on a free port when it is null.</summary>
    public static async Task<EmbeddedBoltServer> StartAsync(int? port = null)
    {
        var engine = EmbeddedGraphDatabase.CreateInMemory();
        var boltPort = port ?? FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{FreePort()}");
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["Bolt:Enabled"] = "true",
                ["Bolt:Listen"] = $"127.0.0.1:{boltPort}",
                ["Bolt:Username"] = User,
                ["Bolt:Password"] = Password,
            }
        );
        builder.Services.AddSingleton<Graph.Database.IGraphDatabase>(engine);
        builder.AddBoltServer();
        var host = builder.Build();
        await host.StartAsync();
        return new EmbeddedBoltServer(host, engine, boltPort);
    }

    /// <summary>A loopback port nothing listens on (free when asked).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        await _host.DisposeAsync();
        await Engine.DisposeAsync(); // registered as an instance: the container does not dispose it
    }
}
