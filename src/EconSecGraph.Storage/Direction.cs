namespace EconSecGraph.Storage;

/// <summary>Which relationships of a node to read.</summary>
public enum Direction
{
    /// <summary>Relationships that start at the node.</summary>
    Outgoing,

    /// <summary>Relationships that end at the node.</summary>
    Incoming,

    /// <summary>Both; a self-loop is reported once (as outgoing), as in Neo4j.</summary>
    Both,
}
