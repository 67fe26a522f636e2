namespace EconSecGraph.Cypher.Store;

/// <summary>An index as SHOW INDEXES lists it.</summary>
internal sealed record IndexDescriptor(
    long Id,
    string Name,
    string Type,
    bool IsRelationship,
    IReadOnlyList<string> LabelsOrTypes,
    IReadOnlyList<string> Properties,
    string? OwningConstraint
)
{
    public string State { get; init; } = "ONLINE";

    public string Provider { get; init; } = "range-1.0";
}
