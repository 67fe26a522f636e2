namespace EconSecGraph.Storage.Schema;

/// <summary>A constraint as <c>SHOW CONSTRAINTS</c> describes it. Immutable.</summary>
public sealed record ConstraintDescriptor
{
    public required long Id { get; init; }

    public required string Name { get; init; }

    public required ConstraintType Type { get; init; }

    public required EntityType EntityType { get; init; }

    public required string LabelOrType { get; init; }

    public required int LabelOrTypeId { get; init; }

    public required IReadOnlyList<string> Properties { get; init; }

    public required IReadOnlyList<int> PropertyKeyIds { get; init; }

    /// <summary>The name of the range index backing the constraint.</summary>
    public required string OwnedIndex { get; init; }

    /// <summary>The type as Neo4j 5 prints it: <c>UNIQUENESS</c> or <c>RELATIONSHIP_UNIQUENESS</c>.</summary>
    public string TypeName => EntityType == EntityType.Node ? "UNIQUENESS" : "RELATIONSHIP_UNIQUENESS";

    /// <summary>Neo4j's description, e.g. <c>Constraint( id=4, name='c', type='UNIQUENESS', schema=(:L {p}), ownedIndex=3 )</c>.</summary>
    public string Describe(long ownedIndexId) =>
        $"Constraint( id={Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}, name='{Name}', type='{TypeName}', schema={IndexDescriptor.SchemaText(EntityType, [LabelOrType], Properties)}, ownedIndex={ownedIndexId.ToString(System.Globalization.CultureInfo.InvariantCulture)} )";
}
