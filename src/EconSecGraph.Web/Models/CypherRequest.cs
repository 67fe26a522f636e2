using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Models;

/// <summary>The console's request: Cypher text, parameters (JSON object), and whether to add relationships among result nodes.</summary>
public sealed class CypherRequest
{
    public string? Query { get; set; }

    public JObject? Parameters { get; set; }

    /// <summary>Like Neo4j Browser's "connect result nodes": also return relationships between the nodes of the result.</summary>
    public bool Connect { get; set; } = true;
}
