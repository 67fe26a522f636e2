namespace EconSecGraph.Web.Configuration;

/// <summary>Which engine holds the graph (section <c>Graph</c>).</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    /// <summary><c>Embedded</c> (default: the in-process engine, durable in <see cref="DataDir"/>) or <c>Neo4j</c>.</summary>
    public GraphBackendKind Backend { get; set; } = GraphBackendKind.Embedded;

    /// <summary>
    /// Where the embedded engine keeps its files; relative paths are under the content root.
    /// Empty means in memory (nothing survives a restart).
    /// </summary>
    public string DataDir { get; set; } = "data";
}
