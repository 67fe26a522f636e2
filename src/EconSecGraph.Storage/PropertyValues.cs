using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Storage;

/// <summary>Which values may be stored as properties (Neo4j's rules) and the errors for the rest.</summary>
public static class PropertyValues
{
    /// <summary>True for null-free values Neo4j can store: primitives, temporals, durations, points, byte arrays and homogeneous lists of those.</summary>
    public static bool IsStorable(CypherValue value) => Problem(value) is null;

    /// <summary>
    /// Throws Neo4j's <c>Neo.ClientError.Statement.TypeError</c> when <paramref name="value"/> cannot be
    /// stored. Null is not checked here: setting null means "remove".
    /// </summary>
    public static void Validate(CypherValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Problem(value) is { } message)
        {
            throw new CypherTypeException(message, null, "InvalidPropertyType");
        }
    }

    private static string? Problem(CypherValue value)
    {
        switch (value.Kind)
        {
            case CypherValueKind.Boolean
            or CypherValueKind.Integer
            or CypherValueKind.Float
            or CypherValueKind.String
            or CypherValueKind.Bytes
            or CypherValueKind.Date
            or CypherValueKind.LocalTime
            or CypherValueKind.Time
            or CypherValueKind.LocalDateTime
            or CypherValueKind.DateTime
            or CypherValueKind.Duration
            or CypherValueKind.Point:
                return null;
            case CypherValueKind.List:
                var list = (CypherList)value;
                CypherValueKind? kind = null;
                foreach (var item in list.AsSpan())
                {
                    if (item.IsNull)
                    {
                        return "Collections containing null values can not be stored in properties.";
                    }
                    if (item.Kind is CypherValueKind.List or CypherValueKind.Map)
                    {
                        return "Collections containing collections can not be stored in properties.";
                    }
                    if (item.Kind is CypherValueKind.Node or CypherValueKind.Relationship or CypherValueKind.Path)
                    {
                        return Encountered(item);
                    }
                    if (item.Kind == CypherValueKind.Bytes)
                    {
                        return Encountered(value);
                    }
                    if (kind is { } k && k != item.Kind)
                    {
                        return "Collections containing mixed types can not be stored in properties.";
                    }
                    kind = item.Kind;
                }
                return null;
            default:
                return Encountered(value);
        }
    }

    private static string Encountered(CypherValue value)
    {
        var kind = value.Kind switch
        {
            CypherValueKind.Map => "Map",
            CypherValueKind.Node => "Node",
            CypherValueKind.Relationship => "Relationship",
            CypherValueKind.Path => "Path",
            CypherValueKind.List => "List",
            _ => value.TypeName,
        };
        return $"Property values can only be of primitive types or arrays thereof. Encountered: {kind}{{{value}}}.";
    }
}
