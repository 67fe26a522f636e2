namespace EconSecGraph.Graph.Errors;

/// <summary>A node or relationship was used after it was deleted, or does not exist.</summary>
public sealed class EntityNotFoundException(string message, string? detail = "DeletedEntityAccess")
    : CypherException(Neo4jStatusCodes.EntityNotFound, message, null, detail);
