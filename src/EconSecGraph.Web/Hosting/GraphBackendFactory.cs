using EconSecGraph.Bolt.Client;
using EconSecGraph.Cypher;
using EconSecGraph.Graph.Database;
using EconSecGraph.Web.Configuration;
using Microsoft.Extensions.Options;
using ClientOptions = EconSecGraph.Bolt.Client.Neo4jOptions;

namespace EconSecGraph.Web.Hosting;

/// <summary>
/// Creates the one <see cref="IGraphDatabase"/> the app uses, chosen by <c>Graph:Backend</c>. The container
/// owns it: it is disposed (files closed, Bolt connections closed) when the app shuts down.
/// </summary>
public static class GraphBackendFactory
{
    public static IGraphDatabase Create(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var graph = services.GetRequiredService<IOptions<GraphOptions>>().Value;
        var environment = services.GetRequiredService<IHostEnvironment>();
        return graph.Backend switch
        {
            GraphBackendKind.Neo4j => CreateNeo4j(services.GetRequiredService<IOptions<ClientOptions>>().Value),
            _ => CreateEmbedded(graph, environment.ContentRootPath),
        };
    }

    /// <summary>The data folder, absolute: relative paths are under the content root; empty means in memory.</summary>
    public static string? DataDirectory(GraphOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.DataDir) ? null : Path.GetFullPath(options.DataDir, contentRoot);
    }

    /// <summary>
    /// Where the Neo4j backend is, for messages: URI, user and database, never the password.
    /// </summary>
    public static string DescribeNeo4j(ClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var database = string.IsNullOrEmpty(options.Database)
            ? "the server's default database"
            : $"database '{options.Database}'";
        return $"{options.Uri} (user '{options.User}', {database})";
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

    private static Neo4jGraphDatabase CreateNeo4j(ClientOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Password))
        {
            throw new InvalidOperationException(
                $"Graph:Backend is Neo4j but Neo4j:Password is empty: set Neo4j__Password to the password of user "
                    + $"'{options.User}' on {options.Uri} (docker compose: NEO4J_PASSWORD in .env), or use "
                    + "Graph__Backend=Embedded."
            );
        }
        try
        {
            return new Neo4jGraphDatabase(options);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"Graph:Backend is Neo4j but the Neo4j settings are invalid: {ex.Message} "
                    + "Fix the Neo4j__* setting named (see docs/bolt.md, section `Neo4j`).",
                ex
            );
        }
    }
}
