namespace EconSecGraph.Graph.Values;

/// <summary>The closed set of Cypher value kinds shared by the engine, Bolt and the JSON API.</summary>
public enum CypherValueKind
{
    Null,
    Boolean,
    Integer,
    Float,
    String,
    Bytes,
    List,
    Map,
    Node,
    Relationship,
    Path,
    Date,
    LocalTime,
    Time,
    LocalDateTime,
    DateTime,
    Duration,
    Point,
}
