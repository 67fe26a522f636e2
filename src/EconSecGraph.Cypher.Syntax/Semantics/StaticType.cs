namespace EconSecGraph.Cypher.Syntax.Semantics;

/// <summary>What an expression may evaluate to, as far as is known before running it (a set of types).</summary>
[Flags]
public enum StaticType
{
    None = 0,
    Null = 1,
    Boolean = 2,
    Integer = 4,
    Float = 8,
    String = 16,
    List = 32,
    Map = 64,
    Node = 128,
    Relationship = 256,
    Path = 512,

    /// <summary>A list of relationships bound by a variable-length pattern.</summary>
    RelationshipList = 1024,

    /// <summary>Temporal values, durations, points, byte arrays.</summary>
    Other = 2048,

    Number = Integer | Float,
    AnyList = List | RelationshipList,
    Any =
        Null | Boolean | Integer | Float | String | List | Map | Node | Relationship | Path | RelationshipList | Other,
}
