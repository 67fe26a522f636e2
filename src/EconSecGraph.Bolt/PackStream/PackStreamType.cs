namespace EconSecGraph.Bolt.PackStream;

/// <summary>The kinds of value a PackStream marker announces.</summary>
public enum PackStreamType
{
    Null,
    Boolean,
    Integer,
    Float,
    Bytes,
    String,
    List,
    Dictionary,
    Structure,
}
