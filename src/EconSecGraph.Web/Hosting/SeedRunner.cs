using EconSecGraph.Graph.Database;
using EconSecGraph.Web.Configuration;

namespace EconSecGraph.Web.Hosting;

/// <summary>Loads graph-seed through the seed project's validator and loader.</summary>
public sealed class SeedRunner(IHostEnvironment environment) : ISeedRunner
{
    public Task RunAsync(
        IGraphDatabase database,
        SeedOptions options,
        SeedStatus status,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(status);
        var directory = SeedDirectory.Resolve(options.Directory, environment.ContentRootPath);
        status.Set("failed", "the seed loader is not merged into this branch yet", directory);
        return Task.CompletedTask;
    }
}
