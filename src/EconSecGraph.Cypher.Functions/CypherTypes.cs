namespace EconSecGraph.Cypher.Functions;

/// <summary>A set of Cypher value types, for function signatures and argument checks.</summary>
[Flags]
public enum CypherTypes
{
    None = 0,
    Null = 1 << 0,
    Boolean = 1 << 1,
    Integer = 1 << 2,
    Float = 1 << 3,
    String = 1 << 4,
    Bytes = 1 << 5,
    List = 1 << 6,
    Map = 1 << 7,
    Node = 1 << 8,
    Relationship = 1 << 9,
    Path = 1 << 10,
    Date = 1 << 11,
    LocalTime = 1 << 12,
    Time = 1 << 13,
    LocalDateTime = 1 << 14,
    DateTime = 1 << 15,
    Duration = 1 << 16,
    Point = 1 << 17,
    Number = Integer | Float,
    Temporal = Date | LocalTime | Time | LocalDateTime | DateTime,
    Any = (1 << 18) - 1,
}
