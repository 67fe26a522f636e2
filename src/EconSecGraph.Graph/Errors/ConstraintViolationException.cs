namespace EconSecGraph.Graph.Errors;

/// <summary>A write would break a uniqueness constraint, or a delete would leave relationships dangling.</summary>
public sealed class ConstraintViolationException(string message, string? detail = null)
    : CypherException(Neo4jStatusCodes.ConstraintValidationFailed, message, null, detail);
