namespace EconSecGraph.Cypher.Store;

/// <summary>Schema changes, made in a schema transaction (never mixed with data writes).</summary>
internal interface ISchemaWriter
{
    IndexDescriptor CreateIndex(
        string? name,
        string type,
        bool isRelationship,
        IReadOnlyList<string> labelsOrTypes,
        IReadOnlyList<string> properties,
        IReadOnlyDictionary<string, string> config
    );

    void DropIndex(string name);

    ConstraintDescriptor CreateUniqueConstraint(
        string? name,
        bool isRelationship,
        string labelOrType,
        IReadOnlyList<string> properties
    );

    void DropConstraint(string name);
}
