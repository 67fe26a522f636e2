using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Semantics;

/// <summary>
/// Comparability for <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>: numbers with numbers, strings with strings,
/// booleans, lists element-wise, and temporal values of the same type. Anything else (or a null operand)
/// gives null; comparisons involving NaN give false.
/// </summary>
public static class CypherComparison
{
    /// <summary>
    /// Compares two comparable values: negative, zero, positive, or null when they are not comparable
    /// (different types, null, maps, nodes, durations, points…). A NaN operand is reported as null too;
    /// use the operator methods for NaN's "always false".
    /// </summary>
    public static int? Compare(CypherValue a, CypherValue b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var ka = a.Kind;
        var kb = b.Kind;
        switch (ka)
        {
            case CypherValueKind.Integer:
                return kb switch
                {
                    CypherValueKind.Integer => ((CypherInteger)a).Value.CompareTo(((CypherInteger)b).Value),
                    CypherValueKind.Float => double.IsNaN(((CypherFloat)b).Value)
                        ? null
                        : NumberComparison.Compare(((CypherInteger)a).Value, ((CypherFloat)b).Value),
                    _ => null,
                };
            case CypherValueKind.Float:
            {
                var x = ((CypherFloat)a).Value;
                if (double.IsNaN(x))
                {
                    return null;
                }
                return kb switch
                {
                    CypherValueKind.Float => double.IsNaN(((CypherFloat)b).Value)
                        ? null
                        : x.CompareTo(((CypherFloat)b).Value),
                    CypherValueKind.Integer => -NumberComparison.Compare(((CypherInteger)b).Value, x),
                    _ => null,
                };
            }
            case CypherValueKind.String:
                return kb == CypherValueKind.String
                    ? StringOrder.Compare(((CypherString)a).Value, ((CypherString)b).Value)
                    : null;
            case CypherValueKind.Boolean:
                return kb == CypherValueKind.Boolean
                    ? ((CypherBoolean)a).Value.CompareTo(((CypherBoolean)b).Value)
                    : null;
            case CypherValueKind.List:
            case CypherValueKind.Bytes:
            {
                if (kb is not (CypherValueKind.List or CypherValueKind.Bytes))
                {
                    return null;
                }
                var na = ListAccess.Count(a);
                var nb = ListAccess.Count(b);
                var n = Math.Min(na, nb);
                for (var i = 0; i < n; i++)
                {
                    var c = Compare(ListAccess.At(a, i), ListAccess.At(b, i));
                    if (c is null)
                    {
                        return null;
                    }
                    if (c.Value != 0)
                    {
                        return c;
                    }
                }
                return na.CompareTo(nb);
            }
            case CypherValueKind.Date:
            case CypherValueKind.LocalTime:
            case CypherValueKind.Time:
            case CypherValueKind.LocalDateTime:
            case CypherValueKind.DateTime:
                return ka == kb ? CypherOrdering.CompareSameKind(a, b) : null;
            default:
                return null;
        }
    }

    public static bool? LessThan(CypherValue a, CypherValue b) => Apply(a, b, static c => c < 0);

    public static bool? LessThanOrEqual(CypherValue a, CypherValue b) => Apply(a, b, static c => c <= 0);

    public static bool? GreaterThan(CypherValue a, CypherValue b) => Apply(a, b, static c => c > 0);

    public static bool? GreaterThanOrEqual(CypherValue a, CypherValue b) => Apply(a, b, static c => c >= 0);

    public static CypherValue LessThanValue(CypherValue a, CypherValue b) => Ternary.ToValue(LessThan(a, b));

    public static CypherValue LessThanOrEqualValue(CypherValue a, CypherValue b) =>
        Ternary.ToValue(LessThanOrEqual(a, b));

    public static CypherValue GreaterThanValue(CypherValue a, CypherValue b) => Ternary.ToValue(GreaterThan(a, b));

    public static CypherValue GreaterThanOrEqualValue(CypherValue a, CypherValue b) =>
        Ternary.ToValue(GreaterThanOrEqual(a, b));

    private static bool? Apply(CypherValue a, CypherValue b, Func<int, bool> test)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (IsNumber(a) && IsNumber(b) && (IsNaN(a) || IsNaN(b)))
        {
            return false;
        }
        var c = Compare(a, b);
        return c is null ? null : test(c.Value);
    }

    private static bool IsNumber(CypherValue v) => v.Kind is CypherValueKind.Integer or CypherValueKind.Float;

    private static bool IsNaN(CypherValue v) => v is CypherFloat f && double.IsNaN(f.Value);
}
