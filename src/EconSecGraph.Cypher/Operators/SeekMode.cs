namespace EconSecGraph.Cypher.Operators;

/// <summary>How a node index seek compares the indexed property with the value.</summary>
internal enum SeekMode
{
    Equal,
    StartsWith,
    Contains,
}
