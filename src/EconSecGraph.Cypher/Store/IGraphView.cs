using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Store;

/// <summary>
/// What the engine reads from the store: one consistent snapshot plus the transaction's own writes.
/// The engine speaks only this seam, so operators can be tested against any implementation and the
/// storage project can change underneath.
/// </summary>
internal interface IGraphView
{
    /// <summary>The id of a relationship type, or -1 when no relationship of that type was ever written.</summary>
    int RelationshipTypeId(string name);

    string RelationshipTypeName(int typeId);

    IEnumerable<string> Labels();

    IEnumerable<string> RelationshipTypes();

    IEnumerable<string> PropertyKeys();

    IEnumerable<long> AllNodes();

    IEnumerable<long> NodesWithLabel(string label);

    long CountNodes(string? label);

    long CountRelationships(int? typeId);

    bool NodeExists(long nodeId);

    IReadOnlyList<string> NodeLabels(long nodeId);

    bool NodeHasLabel(long nodeId, string label);

    /// <summary>The property value, or Cypher null when the node has none by that key.</summary>
    CypherValue NodeProperty(long nodeId, string key);

    IReadOnlyDictionary<string, CypherValue> NodeProperties(long nodeId);

    /// <summary>
    /// The relationships of <paramref name="nodeId"/> in <paramref name="direction"/>, restricted to
    /// <paramref name="typeIds"/> when given; a self-loop appears once for <see cref="ExpandDirection.Both"/>.
    /// </summary>
    IEnumerable<RelationshipRef> Relationships(long nodeId, ExpandDirection direction, int[]? typeIds);

    /// <summary>The same relationships as <see cref="Relationships"/>, as a cursor that allocates nothing.</summary>
    AdjacencyCursor Adjacency(long nodeId, ExpandDirection direction, int[]? typeIds);

    int Degree(long nodeId, ExpandDirection direction, int[]? typeIds);

    IEnumerable<RelationshipRef> AllRelationships();

    bool RelationshipExists(long relationshipId);

    RelationshipRef Relationship(long relationshipId);

    CypherValue RelationshipProperty(long relationshipId, string key);

    IReadOnlyDictionary<string, CypherValue> RelationshipProperties(long relationshipId);

    string NodeElementId(long nodeId);

    string RelationshipElementId(long relationshipId);

    /// <summary>Nodes with <paramref name="label"/> whose <paramref name="key"/> equals <paramref name="value"/>, or null when no index covers it.</summary>
    IEnumerable<long>? SeekNodes(string label, string key, CypherValue value);

    /// <summary>Nodes with <paramref name="label"/> whose string <paramref name="key"/> starts with <paramref name="prefix"/>, or null without an index.</summary>
    IEnumerable<long>? SeekNodesByPrefix(string label, string key, string prefix);

    /// <summary>Nodes with <paramref name="label"/> whose string <paramref name="key"/> contains <paramref name="substring"/>, or null without an index.</summary>
    IEnumerable<long>? SeekNodesContaining(string label, string key, string substring);

    /// <summary>How many nodes <see cref="SeekNodesContaining"/> would return, or null when it cannot count without enumerating.</summary>
    long? CountNodesContaining(string label, string key, string substring);

    IReadOnlyList<IndexDescriptor> Indexes();

    IReadOnlyList<ConstraintDescriptor> Constraints();

    /// <summary>Full-text matches of <paramref name="query"/> in the named index, best first; null when there is no such index.</summary>
    IEnumerable<(long Id, double Score)>? FullTextQuery(string indexName, string query);

    /// <summary>How many entities <see cref="FullTextQuery"/> would return, without scoring or sorting them.</summary>
    long? FullTextCount(string indexName, string query);
}
