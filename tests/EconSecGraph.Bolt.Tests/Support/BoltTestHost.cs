using System.Net;
using System.Net.Sockets;
using EconSecGraph.Bolt.Server;
using EconSecGraph.Graph.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EconSecGraph.Bolt.Tests.Support;

/// <summary>
/// A minimal ASP.NET Core app that hosts the Bolt server the way the web app does
/// (<see cref="BoltServerExtensions.AddBoltServer"/>), on a free loopback port.
/// </summary>
public sealed class BoltTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BoltTestHost(WebApplication app, int port, int httpPort)
    {
        _app = app;
        Port = port;
        HttpPort = httpPort;
    }

    public int Port { get; }

    public int HttpPort { get; }

    public string BoltUri => $"bolt://127.0.0.1:{Port}";

    public string Neo4jUri => $"neo4j://127.0.0.1:{Port}";

    public static async Task<BoltTestHost> StartAsync(
        IGraphDatabase database,
        IReadOnlyDictionary<string, string?>? settings = null
    )
    {
        var port = FreePort();
        var httpPort = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{httpPort}");
        var config = new Dictionary<string, string?>
        {
            ["Bolt:Enabled"] = "true",
            ["Bolt:Listen"] = $"127.0.0.1:{port}",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }
        builder.Configuration.AddInMemoryCollection(config);
        builder.Services.AddSingleton(database);
        builder.AddBoltServer();
        var app = builder.Build();
        app.MapGet("/health", () => "ok");
        await app.StartAsync();
        return new BoltTestHost(app, port, httpPort);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
