namespace EconSecGraph.Cypher.Store;

/// <summary>A constraint as SHOW CONSTRAINTS lists it.</summary>
internal sealed record ConstraintDescriptor(
    long Id,
    string Name,
    string Type,
    bool IsRelationship,
    string LabelOrType,
    IReadOnlyList<string> Properties,
    string? OwnedIndex
);
