namespace EconSecGraph.Graph.Errors;

/// <summary>The query parses but cannot be planned (Neo4j's SemanticError).</summary>
public sealed class CypherSemanticException(string message, SourcePosition? position = null, string? detail = null)
    : CypherException(Neo4jStatusCodes.SemanticError, message, position, detail);
