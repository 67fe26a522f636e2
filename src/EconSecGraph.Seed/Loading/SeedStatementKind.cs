namespace EconSecGraph.Seed.Loading;

public enum SeedStatementKind
{
    /// <summary>A constraint or index; runs in its own transaction, never mixed with data.</summary>
    Schema,

    Nodes,

    Relationships,

    /// <summary>Deletes seed-owned nodes or relationships that are no longer in the data.</summary>
    Prune,
}
