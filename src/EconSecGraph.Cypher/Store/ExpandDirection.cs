namespace EconSecGraph.Cypher.Store;

/// <summary>Which relationships of a node an expand reads, relative to that node.</summary>
internal enum ExpandDirection
{
    Outgoing,
    Incoming,
    Both,
}
