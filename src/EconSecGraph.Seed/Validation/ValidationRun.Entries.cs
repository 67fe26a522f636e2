using System.Globalization;
using System.Text.RegularExpressions;
using EconSecGraph.Graph.Values;
using EconSecGraph.Seed.Model;
using EconSecGraph.Seed.Yaml;

namespace EconSecGraph.Seed.Validation;

internal sealed partial class ValidationRun
{
    private static readonly HashSet<string> s_nodeStructural = new(StringComparer.Ordinal) { "label" };
    private static readonly HashSet<string> s_relationshipStructural = new(StringComparer.Ordinal)
    {
        "from",
        "type",
        "to",
    };

    private void ReadNode(YamlEntry entry)
    {
        var idNode = entry.Get("id");
        var id = idNode is null ? null : YamlText.Scalar(idNode);
        var owner = string.IsNullOrWhiteSpace(id) ? "This node" : $"Node '{id}'";
        if (!string.IsNullOrWhiteSpace(id))
        {
            var where = YamlText.Location(entry.File, idNode!);
            if (!_ids.TryAdd(id, where))
            {
                Add(
                    SeedProblemCodes.DuplicateId,
                    where,
                    $"The id '{id}' is already used at {_ids[id]}.",
                    "Ids are unique across all files; merge the two entries or rename one (ids never change once merged)."
                );
            }
        }

        var labelNode = entry.Get("label");
        var label = labelNode is null ? null : YamlText.Scalar(labelNode);
        if (string.IsNullOrWhiteSpace(label))
        {
            Add(
                SeedProblemCodes.MissingProperty,
                entry.Location,
                $"{owner} has no 'label'.",
                $"Add label: one of {string.Join(", ", _schema.Labels.Keys)}."
            );
            return;
        }
        if (!_schema.Labels.TryGetValue(label, out var spec))
        {
            Add(
                SeedProblemCodes.UnknownLabel,
                YamlText.Location(entry.File, labelNode!),
                $"{owner} has unknown label '{label}'.",
                Suggestions.DidYouMean(
                    label,
                    _schema.Labels.Keys,
                    $"Use one of {string.Join(", ", _schema.Labels.Keys)}, or add the label to schema.yaml."
                )
            );
            return;
        }

        var (values, places) = ReadFields(entry, spec.Properties, s_nodeStructural, owner);
        if (id is null || !values.ContainsKey("id"))
        {
            return;
        }
        CheckId(id, spec.Prefix, places["id"]);
        CheckAmount(values, places, owner);
        _nodes.Add(new SeedNode(id, label, values, entry.Location, places));
    }

    private void ReadRelationship(YamlEntry entry)
    {
        var from = Structural(entry, "from");
        var type = Structural(entry, "type");
        var to = Structural(entry, "to");
        var owner = $"Relationship ({from ?? "?"})-[:{type ?? "?"}]->({to ?? "?"})";
        foreach (var (name, value) in new[] { ("from", from), ("type", type), ("to", to) })
        {
            if (value is null)
            {
                Add(
                    SeedProblemCodes.MissingProperty,
                    entry.Location,
                    $"{owner} has no '{name}'.",
                    "A relationship needs from: <node id>, type: <TYPE>, to: <node id>."
                );
            }
        }
        if (type is null)
        {
            return;
        }
        if (!_schema.RelationshipTypes.TryGetValue(type, out var spec))
        {
            Add(
                SeedProblemCodes.UnknownType,
                YamlText.Location(entry.File, entry.Get("type")!),
                $"{owner} has unknown type '{type}'.",
                Suggestions.DidYouMean(
                    type,
                    _schema.RelationshipTypes.Keys,
                    "Use a type from schema.yaml, or add the type there with its from/to labels."
                )
            );
            return;
        }
        var (values, places) = ReadFields(entry, spec.Properties, s_relationshipStructural, owner);
        if (from is null || to is null)
        {
            return;
        }
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            Add(
                SeedProblemCodes.BadStructure,
                entry.Location,
                $"{owner} connects a node to itself.",
                "Check from and to."
            );
        }
        var key = values.TryGetValue("key", out var k) ? ((CypherString)k).Value : null;
        _relationships.Add(new SeedRelationship(from, type, to, key, values, entry.Location, places));
    }

    private string? Structural(YamlEntry entry, string name)
    {
        if (entry.Get(name) is not { } node)
        {
            return null;
        }
        var text = YamlText.Scalar(node);
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(
                SeedProblemCodes.BadValue,
                YamlText.Location(entry.File, node),
                $"'{name}' must be a single non-empty value, but it is {YamlText.KindName(node)}.",
                string.Equals(name, "type", StringComparison.Ordinal)
                    ? "Write the relationship type, e.g. PART_OF."
                    : "Write the node id."
            );
            return null;
        }
        return text;
    }

    private void CheckId(string id, string prefix, SourceLocation where)
    {
        if (!Regex.IsMatch(id, _schema.IdPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            Add(
                SeedProblemCodes.BadId,
                where,
                $"The id '{id}' does not match {_schema.IdPattern}.",
                $"Use lower-case ASCII words joined by '-', starting with the label prefix: {prefix}-…"
            );
        }
        else if (!id.StartsWith(prefix + "-", StringComparison.Ordinal))
        {
            Add(
                SeedProblemCodes.BadId,
                where,
                $"The id '{id}' does not start with '{prefix}-', the prefix of its label.",
                $"Rename it {prefix}-{id[(id.IndexOf('-', StringComparison.Ordinal) + 1)..]} (ids never change once merged)."
            );
        }
    }

    /// <summary>A stated quantity must agree with the source's wording: yen for JPY, the number itself otherwise.</summary>
    private void CheckAmount(
        Dictionary<string, CypherValue> values,
        Dictionary<string, SourceLocation> places,
        string owner
    )
    {
        if (
            !values.TryGetValue("value", out var v)
            || !values.TryGetValue("unit", out var u)
            || !values.TryGetValue("text", out var t)
        )
        {
            return;
        }
        var value = v switch
        {
            CypherInteger i => (decimal)i.Value,
            CypherFloat f => (decimal)f.Value,
            _ => (decimal?)null,
        };
        if (value is null)
        {
            return;
        }
        var unit = ((CypherString)u).Value;
        var text = ((CypherString)t).Value;
        if (string.Equals(unit, "JPY", StringComparison.Ordinal))
        {
            var yen = JapaneseAmount.FirstYen(text);
            if (yen is null)
            {
                Add(
                    SeedProblemCodes.BadAmount,
                    places["text"],
                    $"{owner}: text '{text}' names no amount of yen.",
                    "Quote the source's wording of the amount, e.g. 2,500億円."
                );
            }
            else if (yen != value)
            {
                Add(
                    SeedProblemCodes.BadAmount,
                    places["value"],
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{owner}: value {value} does not match '{text}' ({yen} yen)."
                    ),
                    string.Create(CultureInfo.InvariantCulture, $"value is in yen: write {yen}.")
                );
            }
        }
        else if (!JapaneseAmount.MentionsNumber(text, value.Value))
        {
            Add(
                SeedProblemCodes.BadAmount,
                places["value"],
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{owner}: value {value} does not appear in text '{text}'."
                ),
                "The text quotes the source's wording, which contains the number."
            );
        }
    }
}
