using EconSecGraph.Cypher;
using EconSecGraph.Graph.Database;
using EconSecGraph.Web.Configuration;
using Microsoft.Extensions.Options;

namespace EconSecGraph.Web.Hosting;

/// <summary>Creates the one <see cref="IGraphDatabase"/> the app uses, chosen by <c>Graph:Backend</c>.</summary>
public static class GraphBackendFactory
{
    public static IGraphDatabase Create(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var graph = services.GetRequiredService<IOptions<GraphOptions>>().Value;
        var environment = services.GetRequiredService<IHostEnvironment>();
        return graph.Backend switch
        {
            GraphBackendKind.Neo4j => CreateNeo4j(services.GetRequiredService<IOptions<Neo4jOptions>>().Value),
            _ => CreateEmbedded(graph, environment.ContentRootPath),
        };
    }

    /// <summary>The data folder, absolute: relative paths are under the content root; empty means in memory.</summary>
    public static string? DataDirectory(GraphOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.DataDir) ? null : Path.GetFullPath(options.DataDir, contentRoot);
    }

    private static EmbeddedGraphDatabase CreateEmbedded(GraphOptions options, string contentRoot)
    {
        var directory = DataDirectory(options, contentRoot);
        if (directory is null)
        {
            return EmbeddedGraphDatabase.CreateInMemory();
        }
        Directory.CreateDirectory(directory);
        return EmbeddedGraphDatabase.Open(directory);
    }

    private static IGraphDatabase CreateNeo4j(Neo4jOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Password))
        {
            throw new InvalidOperationException(
                "Graph:Backend is Neo4j but Neo4j:Password is empty: set Neo4j__Password."
            );
        }
        throw new InvalidOperationException("The Neo4j client is not merged into this branch yet.");
    }
}
