namespace EconSecGraph.Web.Export;

/// <summary>A graph to export: nodes and relationships with their stable keys.</summary>
public sealed class ExportGraph
{
    public List<ExportNode> Nodes { get; } = [];

    public List<ExportEdge> Edges { get; } = [];
}
