namespace EconSecGraph.Graph.Errors;

/// <summary>A value of the wrong type reached an operator or function at run time.</summary>
public sealed class CypherTypeException(
    string message,
    SourcePosition? position = null,
    string? detail = "InvalidArgumentType"
) : CypherException(Neo4jStatusCodes.TypeError, message, position, detail);
