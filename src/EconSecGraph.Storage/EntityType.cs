namespace EconSecGraph.Storage;

/// <summary>What an index or constraint covers.</summary>
public enum EntityType
{
    Node,
    Relationship,
}
