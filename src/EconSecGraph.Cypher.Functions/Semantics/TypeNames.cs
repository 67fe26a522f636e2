using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Semantics;

/// <summary>Type names as Neo4j prints them in runtime error messages (<c>Integer</c>, <c>String</c>, …).</summary>
public static class TypeNames
{
    public static string Of(CypherValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Of(value.Kind);
    }

    public static string Of(CypherValueKind kind) =>
        kind switch
        {
            CypherValueKind.Null => "Null",
            CypherValueKind.Boolean => "Boolean",
            CypherValueKind.Integer => "Integer",
            CypherValueKind.Float => "Float",
            CypherValueKind.String => "String",
            CypherValueKind.Bytes => "ByteArray",
            CypherValueKind.List => "List",
            CypherValueKind.Map => "Map",
            CypherValueKind.Node => "Node",
            CypherValueKind.Relationship => "Relationship",
            CypherValueKind.Path => "Path",
            CypherValueKind.Date => "Date",
            CypherValueKind.LocalTime => "LocalTime",
            CypherValueKind.Time => "Time",
            CypherValueKind.LocalDateTime => "LocalDateTime",
            CypherValueKind.DateTime => "DateTime",
            CypherValueKind.Duration => "Duration",
            CypherValueKind.Point => "Point",
            _ => kind.ToString(),
        };

    /// <summary>A short description of a value for error messages, e.g. <c>String("abc")</c> or <c>Integer(1)</c>.</summary>
    public static string Describe(CypherValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Kind switch
        {
            CypherValueKind.String => "\"" + Truncate(((CypherString)value).Value) + "\"",
            CypherValueKind.Node or CypherValueKind.Relationship or CypherValueKind.Path => Truncate(value.ToString()),
            _ => Truncate(value.ToString()),
        };
        return Of(value) + "(" + text + ")";
    }

    private static string Truncate(string s) => s.Length <= 80 ? s : string.Concat(s.AsSpan(0, 77), "...");
}
