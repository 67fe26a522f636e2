using EconSecGraph.Graph.Database;
using EconSecGraph.Web.Configuration;
using Microsoft.Extensions.Options;

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
    IOptions<GraphOptions> graphOptions,
    ILogger<GraphStartupService> logger
) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var timeout =
            graphOptions.Value.Backend == GraphBackendKind.Neo4j
                ? neo4jOptions.Value.ConnectTimeout
                : TimeSpan.FromSeconds(30);
        var info = await StartupRetry.WaitForAsync(database, timeout, logger, cancellationToken);
        LogConnected(logger, database.Backend, info.Agent);
        var seed = seedOptions.Value;
        if (!seed.LoadOnStart)
        {
            seedStatus.Set("disabled", "Seed:LoadOnStart is false");
            return;
        }
        await seedRunner.RunAsync(database, seed, seedStatus, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph backend {Backend} answers: {Agent}")]
    private static partial void LogConnected(ILogger logger, string backend, string agent);
}
