using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Hydration;

/// <summary>A relationship inside a Path, without its end points (those come from the path's indices).</summary>
public sealed record UnboundRelationship(
    long Id,
    string ElementId,
    string Type,
    IReadOnlyDictionary<string, CypherValue> Properties
);
