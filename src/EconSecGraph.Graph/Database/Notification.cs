using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Graph.Database;

/// <summary>A warning or information attached to a result (Neo4j notification / GQL status).</summary>
public sealed record Notification(
    string Code,
    string Title,
    string Description,
    string Severity,
    SourcePosition? Position = null
)
{
    public string? GqlStatus { get; init; }
}
