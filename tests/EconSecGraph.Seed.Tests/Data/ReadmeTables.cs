using System.Globalization;
using System.Text;
using EconSecGraph.Seed.Model;
using EconSecGraph.Seed.Schema;

namespace EconSecGraph.Seed.Tests.Data;

/// <summary>Renders the schema and the counts as the Markdown tables of graph-seed/README.md.</summary>
internal static class ReadmeTables
{
    public static string Schema(SeedSchema schema)
    {
        var sb = new StringBuilder();
        sb.Append("| label | id prefix | what | own properties (required in **bold**) |\n|---|---|---|---|\n");
        var common = schema.Labels.Values.First().Properties;
        foreach (var label in schema.Labels.Values)
        {
            var own = label
                .Properties.Values.Where(p =>
                    !CommonNode.Contains(p.Name, StringComparer.Ordinal) || (p.Required && !IsCommonRequired(p.Name))
                )
                .Select(Describe);
            sb.Append(
                CultureInfo.InvariantCulture,
                $"| `{label.Name}` | `{label.Prefix}-` | {label.Description} | {string.Join(", ", own)} |\n"
            );
        }
        sb.Append("\n| relationship type | from | to | what | own properties |\n|---|---|---|---|---|\n");
        foreach (var type in schema.RelationshipTypes.Values)
        {
            var own = type
                .Properties.Values.Where(p =>
                    !CommonRelationship.Contains(p.Name, StringComparer.Ordinal) || p.Required && p.Name == "note"
                )
                .Select(Describe);
            sb.Append(
                CultureInfo.InvariantCulture,
                $"| `{type.Name}` | {Ends(type.From)} | {Ends(type.To)} | {type.Description} | {string.Join(", ", own)} |\n"
            );
        }
        _ = common;
        return sb.ToString();
    }

    public static string Counts(SeedGraph graph)
    {
        var sb = new StringBuilder();
        sb.Append(
            CultureInfo.InvariantCulture,
            $"{graph.Nodes.Count} nodes, {graph.Relationships.Count} relationships.\n\n"
        );
        sb.Append("| label | nodes |\n|---|---:|\n");
        foreach (var (label, count) in graph.CountByLabel())
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {label} | {count} |\n");
        }
        sb.Append("\n| relationship type | relationships |\n|---|---:|\n");
        foreach (var (type, count) in graph.CountByType())
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {type} | {count} |\n");
        }
        return sb.ToString();
    }

    private static readonly string[] CommonNode =
    [
        "id",
        "name",
        "nameEn",
        "aliases",
        "description",
        "descriptionEn",
        "sources",
        "status",
        "hedge",
        "date",
        "datePrecision",
        "endDate",
        "endDatePrecision",
        "approximate",
        "dateBasis",
        "fiscalYear",
        "evidence",
        "note",
    ];

    private static readonly string[] CommonRelationship =
    [
        "from",
        "type",
        "to",
        "key",
        "sources",
        "evidence",
        "evidenceEn",
        "status",
        "hedge",
        "date",
        "datePrecision",
        "note",
    ];

    private static bool IsCommonRequired(string name) =>
        name is "id" or "name" or "nameEn" or "description" or "descriptionEn" or "sources";

    private static string Describe(PropertySpec p)
    {
        var text = p.Required ? $"**{p.Name}**" : p.Name;
        return p.Enum is { } e ? $"{text} ({string.Join("\\|", e)})" : $"{text}: {p.TypeName}";
    }

    private static string Ends(IReadOnlyList<string>? labels) => labels is null ? "any" : string.Join(", ", labels);
}
