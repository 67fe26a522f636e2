using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Store;

/// <summary>The writes the engine makes inside one transaction; reads through <see cref="IGraphView"/> see them.</summary>
internal interface IGraphWriter : IGraphView
{
    long CreateNode(IReadOnlyList<string> labels, IEnumerable<KeyValuePair<string, CypherValue>> properties);

    long CreateRelationship(
        long startNodeId,
        long endNodeId,
        string type,
        IEnumerable<KeyValuePair<string, CypherValue>> properties
    );

    /// <summary>Sets (or, for a null value, removes) a node property; returns true when something changed.</summary>
    bool SetNodeProperty(long nodeId, string key, CypherValue value);

    bool SetRelationshipProperty(long relationshipId, string key, CypherValue value);

    bool AddLabel(long nodeId, string label);

    bool RemoveLabel(long nodeId, string label);

    /// <summary>Deletes a node that has no relationships left; the caller detaches first.</summary>
    bool DeleteNode(long nodeId);

    bool DeleteRelationship(long relationshipId);

    /// <summary>True when the node was deleted in this transaction.</summary>
    bool IsDeletedNode(long nodeId);

    bool IsDeletedRelationship(long relationshipId);
}
