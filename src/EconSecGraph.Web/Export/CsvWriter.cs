using System.IO.Compression;
using System.Text;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Web.Export;

/// <summary>
/// A zip with <c>nodes.csv</c> and <c>edges.csv</c> in the shape Gephi's spreadsheet import expects
/// (Id, Label / Source, Target, Type, Label), one column per property. UTF-8 with a byte-order mark
/// so spreadsheet programs read Japanese correctly; text that a spreadsheet would run as a formula is
/// prefixed with an apostrophe.
/// </summary>
public static class CsvWriter
{
    public static void Write(ExportGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var nodeColumns = PropertyColumns.Of(
            graph.Nodes.Select(n => n.Properties),
            new HashSet<string>(StringComparer.Ordinal) { "id" }
        );
        WriteEntry(
            zip,
            "nodes.csv",
            ["Id", "Label", "labels", .. nodeColumns.Columns.Select(c => c.Key)],
            graph.Nodes.Select(n =>
                (IReadOnlyList<string>)
                    [
                        n.Key,
                        n.Caption,
                        string.Join(";", n.Labels),
                        .. nodeColumns.Columns.Select(c => Cell(n.Properties, c.Key)),
                    ]
            )
        );
        var edgeColumns = PropertyColumns.Of(graph.Edges.Select(e => e.Properties));
        WriteEntry(
            zip,
            "edges.csv",
            ["Source", "Target", "Type", "Id", "Label", "relationshipType", .. edgeColumns.Columns.Select(c => c.Key)],
            graph.Edges.Select(e =>
                (IReadOnlyList<string>)
                    [
                        e.Source,
                        e.Target,
                        "Directed",
                        e.Key,
                        e.Type,
                        e.Type,
                        .. edgeColumns.Columns.Select(c => Cell(e.Properties, c.Key)),
                    ]
            )
        );
    }

    private static void WriteEntry(
        ZipArchive zip,
        string name,
        IReadOnlyList<string> header,
        IEnumerable<IReadOnlyList<string>> rows
    )
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        using var writer = new StreamWriter(stream, new UTF8Encoding(true));
        WriteRow(writer, header);
        foreach (var row in rows)
        {
            WriteRow(writer, row);
        }
    }

    private static string Cell(IReadOnlyDictionary<string, CypherValue> properties, string key) =>
        properties.TryGetValue(key, out var value) ? Defuse(value, PropertyColumns.Text(value)) : string.Empty;

    private static string Defuse(CypherValue value, string text) =>
        value is CypherString or CypherList && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            ? "'" + text
            : text;

    internal static void WriteRow(TextWriter writer, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            var cell = cells[i];
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(cell);
            }
        }
        writer.Write("\r\n");
    }
}
