using EconSecGraph.Graph.Database;
using EconSecGraph.Web.Configuration;

namespace EconSecGraph.Web.Hosting;

/// <summary>Validates and loads graph-seed into the database, recording the outcome in <see cref="SeedStatus"/>.</summary>
public interface ISeedRunner
{
    Task RunAsync(IGraphDatabase database, SeedOptions options, SeedStatus status, CancellationToken cancellationToken);
}
