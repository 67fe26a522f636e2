using EconSecGraph.Cypher.Store;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>One parent relationship of a visited node, linked to the node's next one (-1: none).</summary>
internal record struct ParentLink(RelationshipRef Relationship, int Next);
