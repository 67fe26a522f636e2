using System.Globalization;
using System.Text;
using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Queries;

namespace EconSecGraph.Web.Export;

/// <summary>
/// A Cypher script that recreates the graph on Neo4j 5 or the embedded engine (cypher-shell -f,
/// or the console): MERGE on <c>:Entity {id}</c> so running it twice changes nothing, temporals as
/// <c>date('…')</c> and friends. Nodes without an id get one from their key.
/// </summary>
public static class CypherScriptWriter
{
    public static void Write(ExportGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        writer.Write("// EconSecGraph export: ");
        writer.Write(graph.Nodes.Count.ToString(CultureInfo.InvariantCulture));
        writer.Write(" nodes, ");
        writer.Write(graph.Edges.Count.ToString(CultureInfo.InvariantCulture));
        writer.Write(" relationships. Idempotent: nodes MERGE on :Entity {id}.\n");
        writer.Write("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n");
        foreach (var node in graph.Nodes)
        {
            writer.Write("MERGE (n:Entity {id: ");
            writer.Write(CypherLiteral.Quote(node.Key));
            writer.Write("})");
            var labels = node
                .Labels.Where(l => !string.Equals(l, NodeKeys.CommonLabel, StringComparison.Ordinal))
                .ToList();
            if (labels.Count > 0)
            {
                writer.Write(" SET n");
                foreach (var label in labels)
                {
                    writer.Write(':');
                    writer.Write(CypherNames.Quote(label));
                }
            }
            writer.Write(" SET n += ");
            writer.Write(Map(node.Properties.Where(p => !string.Equals(p.Key, "id", StringComparison.Ordinal))));
            writer.Write(";\n");
        }
        foreach (var edge in graph.Edges)
        {
            writer.Write("MATCH (a:Entity {id: ");
            writer.Write(CypherLiteral.Quote(edge.Source));
            writer.Write("}), (b:Entity {id: ");
            writer.Write(CypherLiteral.Quote(edge.Target));
            writer.Write("}) MERGE (a)-[r:");
            writer.Write(CypherNames.Quote(edge.Type));
            if (edge.Properties.TryGetValue("key", out var key) && !key.IsNull)
            {
                writer.Write(" {key: ");
                writer.Write(Literal(key));
                writer.Write('}');
            }
            writer.Write("]->(b) SET r += ");
            writer.Write(Map(edge.Properties));
            writer.Write(";\n");
        }
    }

    private static string Map(IEnumerable<KeyValuePair<string, CypherValue>> properties)
    {
        var sb = new StringBuilder("{");
        var first = true;
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (value.IsNull)
            {
                continue;
            }
            if (!first)
            {
                sb.Append(", ");
            }
            sb.Append(CypherLiteral.RenderKey(key)).Append(": ").Append(Literal(value));
            first = false;
        }
        return sb.Append('}').ToString();
    }

    /// <summary>A property value as a Cypher literal that reads back as the same value.</summary>
    public static string Literal(CypherValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            CypherString s => CypherLiteral.Quote(s.Value),
            CypherFloat f when double.IsNaN(f.Value) => "0.0/0.0",
            CypherFloat f when double.IsPositiveInfinity(f.Value) => "1.0/0.0",
            CypherFloat f when double.IsNegativeInfinity(f.Value) => "-1.0/0.0",
            CypherFloat f => FloatLiteral(f.Value),
            CypherList list => "[" + string.Join(", ", list.Select(Literal)) + "]",
            CypherDate => $"date({CypherLiteral.Quote(value.ToString())})",
            CypherLocalTime => $"localtime({CypherLiteral.Quote(value.ToString())})",
            CypherTime => $"time({CypherLiteral.Quote(value.ToString())})",
            CypherLocalDateTime => $"localdatetime({CypherLiteral.Quote(value.ToString())})",
            CypherDateTime => $"datetime({CypherLiteral.Quote(value.ToString())})",
            CypherDuration => $"duration({CypherLiteral.Quote(value.ToString())})",
            _ => value.ToString(),
        };
    }

    private static string FloatLiteral(double value)
    {
        // Cypher exponents take no '+' sign (1E20, 1E-5).
        var text = value.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E", StringComparison.Ordinal);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal)
            ? text
            : text + ".0";
    }
}
