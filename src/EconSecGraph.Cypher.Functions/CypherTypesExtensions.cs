using System.Text;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions;

public static class CypherTypesExtensions
{
    private static readonly (CypherTypes Type, string Name)[] s_names =
    [
        (CypherTypes.Boolean, "BOOLEAN"),
        (CypherTypes.Integer, "INTEGER"),
        (CypherTypes.Float, "FLOAT"),
        (CypherTypes.String, "STRING"),
        (CypherTypes.Bytes, "BYTE ARRAY"),
        (CypherTypes.List, "LIST<ANY>"),
        (CypherTypes.Map, "MAP"),
        (CypherTypes.Node, "NODE"),
        (CypherTypes.Relationship, "RELATIONSHIP"),
        (CypherTypes.Path, "PATH"),
        (CypherTypes.Date, "DATE"),
        (CypherTypes.LocalTime, "LOCAL TIME"),
        (CypherTypes.Time, "ZONED TIME"),
        (CypherTypes.LocalDateTime, "LOCAL DATETIME"),
        (CypherTypes.DateTime, "ZONED DATETIME"),
        (CypherTypes.Duration, "DURATION"),
        (CypherTypes.Point, "POINT"),
    ];

    /// <summary>The type bit for a value kind.</summary>
    public static CypherTypes ToCypherType(this CypherValueKind kind) => (CypherTypes)(1 << (int)kind);

    /// <summary>True when a value of <paramref name="kind"/> belongs to the set (null is always accepted).</summary>
    public static bool Accepts(this CypherTypes types, CypherValueKind kind) =>
        kind == CypherValueKind.Null || (types & kind.ToCypherType()) != CypherTypes.None;

    /// <summary>Neo4j-style type text, e.g. <c>INTEGER | FLOAT</c> or <c>ANY</c>.</summary>
    public static string Describe(this CypherTypes types)
    {
        if ((types & CypherTypes.Any & ~CypherTypes.Null) == (CypherTypes.Any & ~CypherTypes.Null))
        {
            return "ANY";
        }
        var sb = new StringBuilder();
        foreach (var (type, name) in s_names)
        {
            if ((types & type) != CypherTypes.None)
            {
                if (sb.Length > 0)
                {
                    sb.Append(" | ");
                }
                sb.Append(name);
            }
        }
        return sb.Length == 0 ? "NULL" : sb.ToString();
    }
}
