using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Tests;

/// <summary>Short constructors for test values.</summary>
internal static class V
{
    public static CypherValue Null => CypherNull.Instance;

    public static CypherValue I(long v) => CypherInteger.Of(v);

    public static CypherValue F(double v) => new CypherFloat(v);

    public static CypherValue S(string v) => new CypherString(v);

    public static CypherValue B(bool v) => CypherBoolean.Of(v);

    public static CypherList L(params CypherValue[] items) => CypherList.Wrap(items);

    public static CypherMap M(params (string Key, CypherValue Value)[] entries)
    {
        var d = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        foreach (var (k, v) in entries)
        {
            d[k] = v;
        }
        return CypherMap.Wrap(d);
    }

    public static CypherNode Node(long id, params string[] labels) =>
        new(id, "n" + id, labels, new Dictionary<string, CypherValue>(StringComparer.Ordinal));

    public static CypherRelationship Rel(long id, long start, long end, string type = "T") =>
        new(
            id,
            "r" + id,
            start,
            "n" + start,
            end,
            "n" + end,
            type,
            new Dictionary<string, CypherValue>(StringComparer.Ordinal)
        );
}
