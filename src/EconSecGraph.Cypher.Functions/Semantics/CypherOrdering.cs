using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Semantics;

/// <summary>
/// Orderability: the total order ORDER BY, <c>min</c> and <c>max</c> use across all values, as Neo4j 5 defines it.
/// Ascending: MAP &lt; NODE &lt; RELATIONSHIP &lt; LIST &lt; PATH &lt; POINT &lt; ZONED DATETIME &lt; LOCAL DATETIME &lt;
/// DATE &lt; ZONED TIME &lt; LOCAL TIME &lt; DURATION &lt; STRING &lt; BOOLEAN &lt; NUMBER (NaN last) &lt; NULL.
/// </summary>
public sealed class CypherOrdering : IComparer<CypherValue>
{
    /// <summary>Ascending order, nulls last.</summary>
    public static readonly CypherOrdering Ascending = new(false);

    /// <summary>Descending order, nulls first (the exact reverse of <see cref="Ascending"/>).</summary>
    public static readonly CypherOrdering Descending = new(true);

    /// <summary>Average seconds in a month (365.2425 / 12 days), used to order durations.</summary>
    internal const long AverageSecondsPerMonth = 2_629_746;

    private readonly bool _descending;

    private CypherOrdering(bool descending) => _descending = descending;

    public int Compare(CypherValue? x, CypherValue? y)
    {
        var c = CompareValues(x ?? CypherNull.Instance, y ?? CypherNull.Instance);
        return _descending ? -c : c;
    }

    /// <summary>Ascending total order: negative, zero (equivalent) or positive.</summary>
    public static int CompareValues(CypherValue a, CypherValue b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (ReferenceEquals(a, b))
        {
            return 0;
        }
        var ra = Rank(a.Kind);
        var rb = Rank(b.Kind);
        if (ra != rb)
        {
            return ra < rb ? -1 : 1;
        }
        switch (a.Kind)
        {
            case CypherValueKind.Null:
                return 0;
            case CypherValueKind.Integer:
            case CypherValueKind.Float:
                return CompareNumbers(a, b);
            case CypherValueKind.String:
                return StringOrder.Compare(((CypherString)a).Value, ((CypherString)b).Value);
            case CypherValueKind.Boolean:
                return ((CypherBoolean)a).Value.CompareTo(((CypherBoolean)b).Value);
            case CypherValueKind.List:
            case CypherValueKind.Bytes:
            {
                var na = ListAccess.Count(a);
                var nb = ListAccess.Count(b);
                var n = Math.Min(na, nb);
                for (var i = 0; i < n; i++)
                {
                    var c = CompareValues(ListAccess.At(a, i), ListAccess.At(b, i));
                    if (c != 0)
                    {
                        return c;
                    }
                }
                return na.CompareTo(nb);
            }
            case CypherValueKind.Map:
                return CompareMaps((CypherMap)a, (CypherMap)b);
            case CypherValueKind.Node:
                return ((CypherNode)a).Id.CompareTo(((CypherNode)b).Id);
            case CypherValueKind.Relationship:
                return ((CypherRelationship)a).Id.CompareTo(((CypherRelationship)b).Id);
            case CypherValueKind.Path:
                return ComparePaths((CypherPath)a, (CypherPath)b);
            case CypherValueKind.Point:
                return ComparePoints((CypherPoint)a, (CypherPoint)b);
            default:
                return CompareSameKind(a, b);
        }
    }

    /// <summary>Orders two temporal values or durations of the same kind.</summary>
    internal static int CompareSameKind(CypherValue a, CypherValue b)
    {
        switch (a)
        {
            case CypherDate da:
                return da.EpochDay.CompareTo(((CypherDate)b).EpochDay);
            case CypherLocalTime la:
                return la.NanoOfDay.CompareTo(((CypherLocalTime)b).NanoOfDay);
            case CypherTime ta:
            {
                var tb = (CypherTime)b;
                var c = UtcNanos(ta).CompareTo(UtcNanos(tb));
                return c != 0 ? c : ta.OffsetSeconds.CompareTo(tb.OffsetSeconds);
            }
            case CypherLocalDateTime lda:
            {
                var ldb = (CypherLocalDateTime)b;
                var c = lda.EpochSecond.CompareTo(ldb.EpochSecond);
                return c != 0 ? c : lda.Nanosecond.CompareTo(ldb.Nanosecond);
            }
            case CypherDateTime dta:
            {
                var dtb = (CypherDateTime)b;
                var c = dta.EpochSecond.CompareTo(dtb.EpochSecond);
                if (c == 0)
                {
                    c = dta.Nanosecond.CompareTo(dtb.Nanosecond);
                }
                if (c == 0)
                {
                    c = dta.OffsetSeconds.CompareTo(dtb.OffsetSeconds);
                }
                return c != 0 ? c : string.CompareOrdinal(dta.ZoneId, dtb.ZoneId);
            }
            case CypherDuration ua:
            {
                var ub = (CypherDuration)b;
                var c = ApproximateSeconds(ua).CompareTo(ApproximateSeconds(ub));
                if (c == 0)
                {
                    c = ua.Nanoseconds.CompareTo(ub.Nanoseconds);
                }
                if (c == 0)
                {
                    c = ua.Months.CompareTo(ub.Months);
                }
                return c != 0 ? c : ua.Days.CompareTo(ub.Days);
            }
            default:
                throw new InvalidOperationException($"No ordering defined for {a.Kind}.");
        }
    }

    private static Int128 ApproximateSeconds(CypherDuration d) =>
        ((Int128)d.Months * AverageSecondsPerMonth) + ((Int128)d.Days * 86_400) + d.Seconds;

    private static long UtcNanos(CypherTime t) => t.NanoOfDay - (t.OffsetSeconds * 1_000_000_000L);

    private static int CompareNumbers(CypherValue a, CypherValue b)
    {
        if (a is CypherInteger ia)
        {
            if (b is CypherInteger ib)
            {
                return ia.Value.CompareTo(ib.Value);
            }
            var fb = ((CypherFloat)b).Value;
            return double.IsNaN(fb) ? -1 : NumberComparison.Compare(ia.Value, fb);
        }
        var fa = ((CypherFloat)a).Value;
        if (b is CypherInteger ib2)
        {
            return double.IsNaN(fa) ? 1 : -NumberComparison.Compare(ib2.Value, fa);
        }
        var fb2 = ((CypherFloat)b).Value;
        var nanA = double.IsNaN(fa);
        var nanB = double.IsNaN(fb2);
        if (nanA || nanB)
        {
            return nanA == nanB ? 0
                : nanA ? 1
                : -1;
        }
        return fa < fb2 ? -1
            : fa > fb2 ? 1
            : 0;
    }

    private static int CompareMaps(CypherMap a, CypherMap b)
    {
        var c = a.Count.CompareTo(b.Count);
        if (c != 0)
        {
            return c;
        }
        var keysA = SortedKeys(a);
        var keysB = SortedKeys(b);
        for (var i = 0; i < keysA.Length; i++)
        {
            c = StringOrder.Compare(keysA[i], keysB[i]);
            if (c != 0)
            {
                return c;
            }
        }
        foreach (var key in keysA)
        {
            c = CompareValues(a[key], b[key]);
            if (c != 0)
            {
                return c;
            }
        }
        return 0;
    }

    private static string[] SortedKeys(CypherMap map)
    {
        var keys = new string[map.Count];
        var i = 0;
        foreach (var key in map.Keys)
        {
            keys[i++] = key;
        }
        Array.Sort(keys, StringComparer.Ordinal);
        return keys;
    }

    private static int ComparePaths(CypherPath a, CypherPath b)
    {
        var n = Math.Min(a.Relationships.Count, b.Relationships.Count);
        var c = a.Nodes[0].Id.CompareTo(b.Nodes[0].Id);
        for (var i = 0; c == 0 && i < n; i++)
        {
            c = a.Relationships[i].Id.CompareTo(b.Relationships[i].Id);
            if (c == 0)
            {
                c = a.Nodes[i + 1].Id.CompareTo(b.Nodes[i + 1].Id);
            }
        }
        return c != 0 ? c : a.Relationships.Count.CompareTo(b.Relationships.Count);
    }

    private static int ComparePoints(CypherPoint a, CypherPoint b)
    {
        var c = a.Srid.CompareTo(b.Srid);
        if (c == 0)
        {
            c = a.X.CompareTo(b.X);
        }
        if (c == 0)
        {
            c = a.Y.CompareTo(b.Y);
        }
        return c != 0 ? c : (a.Z ?? 0).CompareTo(b.Z ?? 0);
    }

    private static int Rank(CypherValueKind kind) =>
        kind switch
        {
            CypherValueKind.Map => 0,
            CypherValueKind.Node => 1,
            CypherValueKind.Relationship => 2,
            CypherValueKind.List or CypherValueKind.Bytes => 3,
            CypherValueKind.Path => 4,
            CypherValueKind.Point => 5,
            CypherValueKind.DateTime => 6,
            CypherValueKind.LocalDateTime => 7,
            CypherValueKind.Date => 8,
            CypherValueKind.Time => 9,
            CypherValueKind.LocalTime => 10,
            CypherValueKind.Duration => 11,
            CypherValueKind.String => 12,
            CypherValueKind.Boolean => 13,
            CypherValueKind.Integer or CypherValueKind.Float => 14,
            _ => 15,
        };
}
