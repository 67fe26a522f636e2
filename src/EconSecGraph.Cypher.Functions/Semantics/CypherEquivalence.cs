using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Semantics;

/// <summary>
/// Equivalence for DISTINCT, grouping keys, UNION and de-duplication: like equality, but null ≡ null,
/// NaN ≡ NaN and the answer is never unknown. <c>1</c> ≡ <c>1.0</c>, and hashing is consistent with it.
/// </summary>
public sealed class CypherEquivalence : IEqualityComparer<CypherValue>
{
    public static readonly CypherEquivalence Instance = new();

    private CypherEquivalence() { }

    public static bool Equivalent(CypherValue a, CypherValue b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        var ka = a.Kind;
        var kb = b.Kind;
        switch (ka)
        {
            case CypherValueKind.Null:
                return kb == CypherValueKind.Null;
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
                    CypherValueKind.Float => FloatEquivalent(((CypherFloat)a).Value, ((CypherFloat)b).Value),
                    CypherValueKind.Integer => NumberComparison.Equal(((CypherInteger)b).Value, ((CypherFloat)a).Value),
                    _ => false,
                };
            case CypherValueKind.List:
            case CypherValueKind.Bytes:
                if (kb is not (CypherValueKind.List or CypherValueKind.Bytes))
                {
                    return false;
                }
                var count = ListAccess.Count(a);
                if (count != ListAccess.Count(b))
                {
                    return false;
                }
                for (var i = 0; i < count; i++)
                {
                    if (!Equivalent(ListAccess.At(a, i), ListAccess.At(b, i)))
                    {
                        return false;
                    }
                }
                return true;
            case CypherValueKind.Map:
                if (kb != CypherValueKind.Map)
                {
                    return false;
                }
                var ma = (CypherMap)a;
                var mb = (CypherMap)b;
                if (ma.Count != mb.Count)
                {
                    return false;
                }
                foreach (var (key, value) in ma)
                {
                    if (!mb.TryGetValue(key, out var other) || !Equivalent(value, other))
                    {
                        return false;
                    }
                }
                return true;
            case CypherValueKind.Point:
                return kb == CypherValueKind.Point && PointEquivalent((CypherPoint)a, (CypherPoint)b);
            default:
                return CypherEquality.Equal(a, b) == true;
        }
    }

    public bool Equals(CypherValue? x, CypherValue? y) =>
        x is null || y is null ? ReferenceEquals(x, y) : Equivalent(x, y);

    public int GetHashCode(CypherValue obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return Hash(obj);
    }

    public static int Hash(CypherValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (value.Kind)
        {
            case CypherValueKind.Null:
                return 0;
            case CypherValueKind.Integer:
                return HashLong(((CypherInteger)value).Value);
            case CypherValueKind.Float:
                return HashDouble(((CypherFloat)value).Value);
            case CypherValueKind.List:
            case CypherValueKind.Bytes:
            {
                var count = ListAccess.Count(value);
                var h = 17 + count;
                for (var i = 0; i < count; i++)
                {
                    h = unchecked((h * 31) + Hash(ListAccess.At(value, i)));
                }
                return h;
            }
            case CypherValueKind.Map:
            {
                var h = 0x3C1;
                foreach (var (key, v) in (CypherMap)value)
                {
                    h ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), Hash(v));
                }
                return h;
            }
            case CypherValueKind.Node:
                return HashLong(((CypherNode)value).Id) ^ 0x51;
            case CypherValueKind.Relationship:
                return HashLong(((CypherRelationship)value).Id) ^ 0x73;
            case CypherValueKind.Path:
            {
                var p = (CypherPath)value;
                var h = HashLong(p.Start.Id);
                foreach (var r in p.Relationships)
                {
                    h = unchecked((h * 31) + HashLong(r.Id));
                }
                return h;
            }
            case CypherValueKind.Point:
            {
                var p = (CypherPoint)value;
                return HashCode.Combine(p.Srid, HashDouble(p.X), HashDouble(p.Y), p.Z is { } z ? HashDouble(z) : 1);
            }
            default:
                return value.GetHashCode();
        }
    }

    private static bool FloatEquivalent(double a, double b) => a == b || (double.IsNaN(a) && double.IsNaN(b));

    private static bool PointEquivalent(CypherPoint a, CypherPoint b) =>
        a.Srid == b.Srid
        && FloatEquivalent(a.X, b.X)
        && FloatEquivalent(a.Y, b.Y)
        && a.Z.HasValue == b.Z.HasValue
        && FloatEquivalent(a.Z ?? 0, b.Z ?? 0);

    private static int HashLong(long v) => unchecked((int)v ^ (int)(v >> 32));

    private static int HashDouble(double d)
    {
        if (NumberComparison.TryGetExactLong(d, out var l))
        {
            return HashLong(l);
        }
        return double.IsNaN(d) ? 0x7FF8 : d.GetHashCode();
    }
}
