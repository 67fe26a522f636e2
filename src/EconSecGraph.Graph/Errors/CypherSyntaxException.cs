namespace EconSecGraph.Graph.Errors;

/// <summary>The query text does not parse, or is invalid before execution (Neo4j reports both as SyntaxError).</summary>
public sealed class CypherSyntaxException(string message, SourcePosition? position = null, string? detail = null)
    : CypherException(Neo4jStatusCodes.SyntaxError, message, position, detail);
