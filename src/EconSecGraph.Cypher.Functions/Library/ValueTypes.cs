using System.Text;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Library;

/// <summary>Neo4j 5's <c>valueType()</c> strings: <c>INTEGER NOT NULL</c>, <c>LIST&lt;STRING NOT NULL&gt; NOT NULL</c>…</summary>
public static class ValueTypes
{
    // Neo4j's canonical order of types inside a union.
    private static readonly CypherValueKind[] s_order =
    [
        CypherValueKind.Boolean,
        CypherValueKind.String,
        CypherValueKind.Integer,
        CypherValueKind.Float,
        CypherValueKind.Date,
        CypherValueKind.LocalTime,
        CypherValueKind.Time,
        CypherValueKind.LocalDateTime,
        CypherValueKind.DateTime,
        CypherValueKind.Duration,
        CypherValueKind.Point,
        CypherValueKind.Node,
        CypherValueKind.Relationship,
        CypherValueKind.Map,
        CypherValueKind.Bytes,
        CypherValueKind.List,
        CypherValueKind.Path,
    ];

    public static string Describe(CypherValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Kind == CypherValueKind.Null ? "NULL" : Base(value) + " NOT NULL";
    }

    private static string Base(CypherValue value) =>
        value.Kind switch
        {
            CypherValueKind.Boolean => "BOOLEAN",
            CypherValueKind.Integer => "INTEGER",
            CypherValueKind.Float => "FLOAT",
            CypherValueKind.String => "STRING",
            CypherValueKind.Bytes => "BYTE ARRAY",
            CypherValueKind.Map => "MAP",
            CypherValueKind.Node => "NODE",
            CypherValueKind.Relationship => "RELATIONSHIP",
            CypherValueKind.Path => "PATH",
            CypherValueKind.Date => "DATE",
            CypherValueKind.LocalTime => "LOCAL TIME",
            CypherValueKind.Time => "ZONED TIME",
            CypherValueKind.LocalDateTime => "LOCAL DATETIME",
            CypherValueKind.DateTime => "ZONED DATETIME",
            CypherValueKind.Duration => "DURATION",
            CypherValueKind.Point => "POINT",
            CypherValueKind.List => "LIST<" + Inner((CypherList)value) + ">",
            _ => "ANY",
        };

    private static string Inner(CypherList list)
    {
        if (list.Count == 0)
        {
            return "NOTHING";
        }
        var hasNull = false;
        var kinds = new SortedDictionary<int, SortedSet<string>>();
        foreach (var item in list.AsSpan())
        {
            if (item.Kind == CypherValueKind.Null)
            {
                hasNull = true;
                continue;
            }
            var rank = Array.IndexOf(s_order, item.Kind);
            if (!kinds.TryGetValue(rank, out var names))
            {
                names = new SortedSet<string>(StringComparer.Ordinal);
                kinds[rank] = names;
            }
            names.Add(Base(item));
        }
        if (kinds.Count == 0)
        {
            return "NULL";
        }
        var sb = new StringBuilder();
        foreach (var names in kinds.Values)
        {
            foreach (var name in names)
            {
                if (sb.Length > 0)
                {
                    sb.Append(" | ");
                }
                sb.Append(name);
                if (!hasNull)
                {
                    sb.Append(" NOT NULL");
                }
            }
        }
        return sb.ToString();
    }
}
