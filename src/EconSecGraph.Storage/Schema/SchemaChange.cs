namespace EconSecGraph.Storage.Schema;

/// <summary>The outcome of a schema command: the rule concerned and whether anything changed (for query counters).</summary>
public readonly record struct SchemaChange<T>(T? Descriptor, bool Changed)
    where T : class;
