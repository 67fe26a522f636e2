namespace EconSecGraph.Storage;

/// <summary>A relationship's identity, endpoints and type id.</summary>
public readonly record struct RelationshipInfo(long Id, long StartNodeId, long EndNodeId, int TypeId);
