using EconSecGraph.Bolt.Server;
using EconSecGraph.Web.Configuration;

namespace EconSecGraph.Web.Hosting;

/// <summary>The app's Bolt endpoint, which serves the embedded engine to Neo4j drivers.</summary>
public static class BoltHosting
{
    /// <summary>
    /// Adds the Bolt server (<see cref="BoltServerExtensions.AddBoltServer"/>) when the graph is embedded. With
    /// <c>Graph:Backend=Neo4j</c> drivers talk to Neo4j itself, and an app listening on Neo4j's usual
    /// <c>127.0.0.1:7687</c> could end up connecting to itself; so Bolt stays off (/healthz says <c>disabled</c>).
    /// </summary>
    public static WebApplicationBuilder AddBoltServerForEmbeddedBackend(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var graph =
            builder.Configuration.GetSection(GraphOptions.SectionName).Get<GraphOptions>() ?? new GraphOptions();
        if (graph.Backend == GraphBackendKind.Neo4j)
        {
            builder.Configuration[$"{BoltServerOptions.SectionName}:{nameof(BoltServerOptions.Enabled)}"] = "false";
        }
        return builder.AddBoltServer();
    }
}
