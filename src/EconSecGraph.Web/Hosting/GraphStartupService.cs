using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Web.Configuration;
using Microsoft.Extensions.Options;
using ClientOptions = EconSecGraph.Bolt.Client.Neo4jOptions;

namespace EconSecGraph.Web.Hosting;

/// <summary>
/// Runs before Kestrel accepts requests: waits for the backend (with back-off), then loads graph-seed
/// when <c>Seed:LoadOnStart</c>. A broken seed is reported (log, /healthz, the UI banner) and loads
/// nothing; the app still serves whatever graph the backend already holds.
/// </summary>
public sealed partial class GraphStartupService(
    IGraphDatabase database,
    SeedStatus seedStatus,
    ISeedRunner seedRunner,
    IOptions<SeedOptions> seedOptions,
    IOptions<Neo4jOptions> neo4jOptions,
    IOptions<ClientOptions> clientOptions,
    IOptions<GraphOptions> graphOptions,
    IHostEnvironment environment,
    ILogger<GraphStartupService> logger
) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var neo4j = graphOptions.Value.Backend == GraphBackendKind.Neo4j;
        var timeout = neo4j ? neo4jOptions.Value.ConnectTimeout : TimeSpan.FromSeconds(30);
        var target = neo4j
            ? GraphBackendFactory.DescribeNeo4j(clientOptions.Value)
            : GraphBackendFactory.DataDirectory(graphOptions.Value, environment.ContentRootPath) ?? "memory";
        var info = await StartupRetry.WaitForAsync(database, target, timeout, logger, cancellationToken);
        LogConnected(logger, database.Backend, target, info.Agent);
        var seed = seedOptions.Value;
        if (!seed.LoadOnStart)
        {
            seedStatus.Set("disabled", "Seed:LoadOnStart is false");
            return;
        }
        await seedRunner.RunAsync(database, seed, seedStatus, cancellationToken);
    }

    /// <summary>
    /// Closes the backend (Bolt connections to Neo4j, the embedded engine's files) once the server has drained: it
    /// stops before the hosted services registered ahead of it. The container disposes it again, which is a no-op;
    /// closing here does not depend on how (or whether) a host disposes its services.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await database.DisposeAsync();
        }
        catch (Exception ex)
            when (ex is IOException or ObjectDisposedException or System.Net.Sockets.SocketException or CypherException)
        {
            // e.g. Neo4j went away before the app: its connections are gone either way; shut down cleanly
            LogCloseFailed(logger, database.Backend, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing the {Backend} backend at shutdown failed: {Reason}")]
    private static partial void LogCloseFailed(ILogger logger, string backend, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph backend {Backend} at {Target} answers: {Agent}")]
    private static partial void LogConnected(ILogger logger, string backend, string target, string agent);
}
