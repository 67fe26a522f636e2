namespace EconSecGraph.Graph.Errors;

/// <summary>A value of the right type but out of range or otherwise invalid (Neo4j's ArgumentError).</summary>
public sealed class CypherArgumentException(
    string message,
    SourcePosition? position = null,
    string? detail = "InvalidArgumentValue"
) : CypherException(Neo4jStatusCodes.ArgumentError, message, position, detail);
