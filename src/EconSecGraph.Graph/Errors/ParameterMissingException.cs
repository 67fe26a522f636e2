namespace EconSecGraph.Graph.Errors;

/// <summary>The query uses <c>$name</c> but no such parameter was given.</summary>
public sealed class ParameterMissingException(string parameterName, SourcePosition? position = null)
    : CypherException(
        Neo4jStatusCodes.ParameterMissing,
        $"Expected parameter(s): {parameterName}",
        position,
        "MissingParameter"
    )
{
    public string ParameterName { get; } = parameterName;
}
