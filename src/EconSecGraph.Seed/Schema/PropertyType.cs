namespace EconSecGraph.Seed.Schema;

/// <summary>The value types a graph-seed property may have (see graph-seed/schema.yaml).</summary>
public enum PropertyType
{
    String,
    StringList,
    Integer,
    Number,
    Boolean,
    Url,
    Date,
    Precision,
    Time,
    Reference,
    ReferenceList,
    SourceList,
}
