using System.Net;
using System.Net.Sockets;
using EconSecGraph.Bolt.Client;
using EconSecGraph.Bolt.Server;
using EconSecGraph.Cypher;
using EconSecGraph.Graph.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EconSecGraph.Contract.Tests.Backends;

/// <summary>
/// The embedded engine behind our Bolt server (hosted as the web app hosts it), reached through our Bolt client:
/// proves that the client and the server together change nothing the app can see.
/// </summary>
public sealed class EmbeddedOverBoltBackend : IContractBackend, IAsyncLifetime
{
    private EmbeddedGraphDatabase? _engine;
    private WebApplication? _host;
    private Neo4jGraphDatabase? _client;

    public string Name => "Embedded over Bolt";

    public string? SkipReason => null;

    public IGraphDatabase Database => _client ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _engine = EmbeddedGraphDatabase.CreateInMemory(new EmbeddedOptions { SyncCommits = false });
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{FreePort()}");
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["Bolt:Enabled"] = "true",
                ["Bolt:Listen"] = $"127.0.0.1:{port}",
                ["Bolt:Username"] = "neo4j",
                ["Bolt:Password"] = "contract",
            }
        );
        builder.Services.AddSingleton<IGraphDatabase>(_engine);
        builder.AddBoltServer();
        _host = builder.Build();
        await _host.StartAsync();
        _client = new Neo4jGraphDatabase(
            new Neo4jOptions
            {
                Uri = $"neo4j://127.0.0.1:{port}",
                User = "neo4j",
                Password = "contract",
                FetchSize = 3,
            }
        );
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }
        if (_host is not null)
        {
            await _host.StopAsync();
            await _host.DisposeAsync();
        }
        if (_engine is not null)
        {
            await _engine.DisposeAsync();
        }
    }
}
