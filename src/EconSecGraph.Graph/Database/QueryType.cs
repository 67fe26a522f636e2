namespace EconSecGraph.Graph.Database;

/// <summary>What a query did, as Bolt's <c>type</c>: r, w, rw or s.</summary>
public enum QueryType
{
    ReadOnly,
    WriteOnly,
    ReadWrite,
    SchemaWrite,
}
