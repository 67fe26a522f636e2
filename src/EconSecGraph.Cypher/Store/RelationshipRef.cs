namespace EconSecGraph.Cypher.Store;

/// <summary>A relationship's identity, endpoints and type token, as the engine reads it from a snapshot.</summary>
internal readonly record struct RelationshipRef(long Id, long StartNodeId, long EndNodeId, int TypeId)
{
    /// <summary>The endpoint that is not <paramref name="nodeId"/> (the node itself for a self-loop).</summary>
    public long OtherNode(long nodeId) => StartNodeId == nodeId ? EndNodeId : StartNodeId;
}
