namespace EconSecGraph.Graph.Errors;

/// <summary>A write was attempted in a read-only transaction or on a read-only server.</summary>
public sealed class AccessModeException(
    string message = "Writing in read access mode not allowed. Attempted write to the graph."
) : CypherException(Neo4jStatusCodes.AccessMode, message);
