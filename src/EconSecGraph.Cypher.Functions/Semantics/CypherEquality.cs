using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Semantics;

/// <summary>
/// Cypher's <c>=</c> and <c>&lt;&gt;</c> with three-valued logic: null operands give null, <c>1 = 1.0</c>,
/// NaN is never equal, lists and maps compare element-wise (a null inside gives null unless a definite
/// difference exists), nodes and relationships by identity.
/// </summary>
public static class CypherEquality
{
    /// <summary><c>a = b</c>: true, false, or null when the answer is unknown.</summary>
    public static bool? Equal(CypherValue a, CypherValue b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var ka = a.Kind;
        var kb = b.Kind;
        if (ka == CypherValueKind.Null || kb == CypherValueKind.Null)
        {
            return null;
        }
        switch (ka)
        {
            case CypherValueKind.Integer:
                return kb switch
                {
                    CypherValueKind.Integer => ((CypherInteger)a).Value == ((CypherInteger)b).Value,
                    CypherValueKind.Float => NumberComparison.Equal(((CypherInteger)a).Value, ((CypherFloat)b).Value),
                    _ => false,
                };
            case CypherValueKind.Float:
                return kb switch
                {
                    CypherValueKind.Float => ((CypherFloat)a).Value == ((CypherFloat)b).Value,
                    CypherValueKind.Integer => NumberComparison.Equal(((CypherInteger)b).Value, ((CypherFloat)a).Value),
                    _ => false,
                };
            case CypherValueKind.String:
                return kb == CypherValueKind.String
                    && string.Equals(((CypherString)a).Value, ((CypherString)b).Value, StringComparison.Ordinal);
            case CypherValueKind.Boolean:
                return kb == CypherValueKind.Boolean && ((CypherBoolean)a).Value == ((CypherBoolean)b).Value;
            case CypherValueKind.List:
            case CypherValueKind.Bytes:
                return kb is CypherValueKind.List or CypherValueKind.Bytes ? SequenceEqual(a, b) : false;
            case CypherValueKind.Map:
                return kb == CypherValueKind.Map ? MapEqual((CypherMap)a, (CypherMap)b) : false;
            case CypherValueKind.Node:
                return kb == CypherValueKind.Node && ((CypherNode)a).Id == ((CypherNode)b).Id;
            case CypherValueKind.Relationship:
                return kb == CypherValueKind.Relationship && ((CypherRelationship)a).Id == ((CypherRelationship)b).Id;
            case CypherValueKind.Path:
                return kb == CypherValueKind.Path && PathEqual((CypherPath)a, (CypherPath)b);
            case CypherValueKind.Point:
                return kb == CypherValueKind.Point && PointEqual((CypherPoint)a, (CypherPoint)b);
            default:
                // Temporal values and durations: equal when the same kind with the same fields
                // (a zoned datetime also needs the same offset and zone, as in Neo4j).
                return ka == kb && a.Equals(b);
        }
    }

    /// <summary><c>a &lt;&gt; b</c>.</summary>
    public static bool? NotEqual(CypherValue a, CypherValue b) => !Equal(a, b);

    /// <summary><c>a = b</c> as a Cypher value (true, false or null).</summary>
    public static CypherValue EqualValue(CypherValue a, CypherValue b) => Ternary.ToValue(Equal(a, b));

    /// <summary><c>a &lt;&gt; b</c> as a Cypher value (true, false or null).</summary>
    public static CypherValue NotEqualValue(CypherValue a, CypherValue b) => Ternary.ToValue(NotEqual(a, b));

    private static bool? SequenceEqual(CypherValue a, CypherValue b)
    {
        if (a is CypherBytes ba && b is CypherBytes bb)
        {
            return ba.Value.Span.SequenceEqual(bb.Value.Span);
        }
        var count = ListAccess.Count(a);
        if (count != ListAccess.Count(b))
        {
            return false;
        }
        var unknown = false;
        for (var i = 0; i < count; i++)
        {
            var e = Equal(ListAccess.At(a, i), ListAccess.At(b, i));
            if (e is null)
            {
                unknown = true;
            }
            else if (!e.Value)
            {
                return false;
            }
        }
        return unknown ? null : true;
    }

    private static bool? MapEqual(CypherMap a, CypherMap b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        foreach (var key in a.Keys)
        {
            if (!b.ContainsKey(key))
            {
                return false;
            }
        }
        var unknown = false;
        foreach (var (key, value) in a)
        {
            var e = Equal(value, b[key]);
            if (e is null)
            {
                unknown = true;
            }
            else if (!e.Value)
            {
                return false;
            }
        }
        return unknown ? null : true;
    }

    internal static bool PathEqual(CypherPath a, CypherPath b)
    {
        if (a.Relationships.Count != b.Relationships.Count)
        {
            return false;
        }
        for (var i = 0; i < a.Nodes.Count; i++)
        {
            if (a.Nodes[i].Id != b.Nodes[i].Id)
            {
                return false;
            }
        }
        for (var i = 0; i < a.Relationships.Count; i++)
        {
            if (a.Relationships[i].Id != b.Relationships[i].Id)
            {
                return false;
            }
        }
        return true;
    }

    internal static bool PointEqual(CypherPoint a, CypherPoint b) =>
        a.Srid == b.Srid && a.X == b.X && a.Y == b.Y && a.Z.HasValue == b.Z.HasValue && (a.Z ?? 0) == (b.Z ?? 0);
}
