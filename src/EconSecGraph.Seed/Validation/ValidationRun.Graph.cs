using System.Security.Cryptography;
using System.Text;
using EconSecGraph.Graph.Values;
using EconSecGraph.Seed.Model;
using EconSecGraph.Seed.Schema;

namespace EconSecGraph.Seed.Validation;

internal sealed partial class ValidationRun
{
    private void CheckGraph(SeedGraph graph)
    {
        var labelOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            labelOf.TryAdd(node.Id, node.Label);
        }
        foreach (var node in graph.Nodes)
        {
            CheckReferences(
                node.Properties,
                node.PropertyLocations,
                _schema.Labels[node.Label].Properties,
                labelOf,
                $"Node '{node.Id}'"
            );
        }

        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var rel in graph.Relationships)
        {
            var owner = $"Relationship {rel}";
            if (!seen.TryAdd(rel.Id, rel.Location))
            {
                Add(
                    SeedProblemCodes.DuplicateRelationship,
                    rel.Location,
                    $"{owner} is already written at {seen[rel.Id]}.",
                    "Merge the two (combine their sources), or give both a distinct 'key' if they are really different facts."
                );
            }
            var spec = _schema.RelationshipTypes[rel.Type];
            CheckEnd(rel, rel.From, "from", spec, labelOf, owner);
            CheckEnd(rel, rel.To, "to", spec, labelOf, owner);
            CheckReferences(rel.Properties, rel.PropertyLocations, spec.Properties, labelOf, owner);
        }

        CheckRules(graph);
        CheckSourceFiles(graph);
        CheckCitationLines(graph);
        CheckQuotes(graph);
    }

    private void CheckEnd(
        SeedRelationship rel,
        string id,
        string end,
        RelationshipTypeSpec spec,
        Dictionary<string, string> labelOf,
        string owner
    )
    {
        var where = rel.LocationOf(end);
        if (!labelOf.TryGetValue(id, out var label))
        {
            if (!_ids.ContainsKey(id))
            {
                Add(
                    SeedProblemCodes.DanglingReference,
                    where,
                    $"{owner}: '{end}' names '{id}', which is no node.",
                    Suggestions.DidYouMean(id, _ids.Keys, "Check the id, or add the node under nodes/.")
                );
            }
            return;
        }
        var allowed = string.Equals(end, "from", StringComparison.Ordinal)
            ? spec.AllowsFrom(label)
            : spec.AllowsTo(label);
        if (!allowed)
        {
            var list = string.Equals(end, "from", StringComparison.Ordinal) ? spec.From : spec.To;
            Add(
                SeedProblemCodes.BadEndpoint,
                where,
                $"{owner}: {rel.Type} cannot {(string.Equals(end, "from", StringComparison.Ordinal) ? "start at" : "end at")} '{id}', a {label}.",
                $"{rel.Type} goes from {Describe(spec.From)} to {Describe(spec.To)}; pick another type or node"
                    + (list is null ? "." : ", or extend the type in schema.yaml.")
            );
        }
    }

    private static string Describe(IReadOnlyList<string>? labels) =>
        labels is null ? "any label" : string.Join("|", labels);

    private void CheckReferences(
        IReadOnlyDictionary<string, CypherValue> values,
        IReadOnlyDictionary<string, SourceLocation> places,
        IReadOnlyDictionary<string, PropertySpec> specs,
        Dictionary<string, string> labelOf,
        string owner
    )
    {
        foreach (var (name, value) in values)
        {
            var spec = specs[name];
            if (spec.Type is not (PropertyType.Reference or PropertyType.ReferenceList or PropertyType.SourceList))
            {
                continue;
            }
            var ids = value is CypherList list
                ? list.OfType<CypherString>().Select(s => s.Value)
                : [((CypherString)value).Value];
            foreach (var id in ids)
            {
                if (!labelOf.TryGetValue(id, out var label))
                {
                    if (!_ids.ContainsKey(id))
                    {
                        Add(
                            SeedProblemCodes.DanglingReference,
                            places[name],
                            $"{owner}: '{name}' names '{id}', which is no node.",
                            Suggestions.DidYouMean(
                                id,
                                _ids.Keys,
                                "Check the id, or add the article under nodes/articles.yaml."
                            )
                        );
                    }
                }
                else if (spec.Type == PropertyType.SourceList && !_schema.IsSourceLabel(label))
                {
                    Add(
                        SeedProblemCodes.BadSource,
                        places[name],
                        $"{owner}: '{name}' names '{id}', a {label}; sources must be {string.Join(" or ", _schema.SourceLabels)} nodes.",
                        "Cite the article that states the fact (or the chronicle); link other nodes with relationships."
                    );
                }
            }
        }
    }

    private void CheckRules(SeedGraph graph)
    {
        foreach (var rule in _schema.Rules)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var rel in graph.Relationships)
            {
                if (string.Equals(rel.Type, rule.Type, StringComparison.Ordinal))
                {
                    var id = rule.Outgoing ? rel.From : rel.To;
                    counts[id] = counts.GetValueOrDefault(id) + 1;
                }
            }
            foreach (var node in graph.Nodes.Where(n => string.Equals(n.Label, rule.Label, StringComparison.Ordinal)))
            {
                var count = counts.GetValueOrDefault(node.Id);
                var arrow = rule.Outgoing ? $"({node.Id})-[:{rule.Type}]->()" : $"()-[:{rule.Type}]->({node.Id})";
                if (count < rule.Min)
                {
                    Add(
                        SeedProblemCodes.Cardinality,
                        node.Location,
                        $"{rule.Label} '{node.Id}' needs at least {rule.Min} {arrow}, and has {count}.",
                        $"Add the {rule.Type} relationship under relationships/ (see README.md: every {rule.Label} needs it)."
                    );
                }
                else if (rule.Max is { } max && count > max)
                {
                    Add(
                        SeedProblemCodes.Cardinality,
                        node.Location,
                        $"{rule.Label} '{node.Id}' may have at most {max} {arrow}, and has {count}.",
                        "Remove the extra relationships."
                    );
                }
            }
        }
    }

    /// <summary>Nodes with a <c>file</c> (the chronicle) must name a file under source/ whose SHA-256 matches.</summary>
    private void CheckSourceFiles(SeedGraph graph)
    {
        foreach (var node in graph.Nodes)
        {
            if (node.GetString("file") is not { } path)
            {
                continue;
            }
            var file = _source.Find(path);
            if (file is null)
            {
                Add(
                    SeedProblemCodes.BadSourceFile,
                    node.LocationOf("file"),
                    $"Node '{node.Id}' names file '{path}', which is not in the graph-seed folder.",
                    "Copy the source text into graph-seed/source/ and give its path relative to graph-seed/."
                );
                continue;
            }
            if (node.GetString("sha256") is { } expected)
            {
                var actual = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file.Content)));
                if (!string.Equals(actual, expected, StringComparison.Ordinal))
                {
                    Add(
                        SeedProblemCodes.BadSourceFile,
                        node.LocationOf("sha256"),
                        $"Node '{node.Id}': the SHA-256 of {path} is {actual}, not {expected}.",
                        "The source text changed: check the change was intended (line numbers may move), then update sha256."
                    );
                }
            }
        }
    }

    /// <summary>A <c>chronicleLine</c> must point at the line of the citing text that holds the URL (or the citation).</summary>
    private void CheckCitationLines(SeedGraph graph)
    {
        var texts = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            if (node.GetInteger("chronicleLine") is not { } line)
            {
                continue;
            }
            var citing = graph
                .Relationships.Where(r =>
                    string.Equals(r.Type, "CITES", StringComparison.Ordinal)
                    && string.Equals(r.To, node.Id, StringComparison.Ordinal)
                )
                .Select(r => graph.FindNode(r.From))
                .OfType<SeedNode>()
                .Select(c => c.GetString("file"))
                .OfType<string>()
                .ToList();
            if (citing.Count == 0)
            {
                var chronicles = graph
                    .Nodes.Select(n => n.GetString("file"))
                    .OfType<string>()
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                if (chronicles.Count == 1)
                {
                    citing = chronicles;
                }
            }
            var expected = node.GetString("url") ?? node.GetString("citedAs");
            if (expected is null || (node.PropertyLocations.ContainsKey("url") && node.GetString("url") is null))
            {
                continue;
            }
            foreach (var path in citing)
            {
                if (_source.Find(path) is not { } file)
                {
                    continue;
                }
                if (!texts.TryGetValue(path, out var lines))
                {
                    lines = file.Content.Split('\n');
                    texts[path] = lines;
                }
                var ok =
                    line >= 1 && line <= lines.Length && lines[line - 1].Contains(expected, StringComparison.Ordinal);
                if (!ok)
                {
                    var actual = Array.FindIndex(lines, l => l.Contains(expected, StringComparison.Ordinal));
                    Add(
                        SeedProblemCodes.NotInSource,
                        node.LocationOf("chronicleLine"),
                        $"Node '{node.Id}': line {line} of {path} does not contain '{expected}'.",
                        actual >= 0
                            ? $"It is on line {actual + 1}."
                            : $"Check the {(node.GetString("url") is null ? "citation" : "URL")} against {path}."
                    );
                }
            }
        }
    }

    /// <summary>Properties marked <c>quote: true</c> must be verbatim in a source text.</summary>
    private void CheckQuotes(SeedGraph graph)
    {
        var texts = graph.SourceTexts.Select(f => Normalize(f.Content)).ToList();
        if (texts.Count == 0)
        {
            return;
        }
        foreach (var node in graph.Nodes)
        {
            CheckQuotes(
                node.Properties,
                node.PropertyLocations,
                _schema.Labels[node.Label].Properties,
                texts,
                $"Node '{node.Id}'"
            );
        }
        foreach (var rel in graph.Relationships)
        {
            CheckQuotes(
                rel.Properties,
                rel.PropertyLocations,
                _schema.RelationshipTypes[rel.Type].Properties,
                texts,
                $"Relationship {rel}"
            );
        }
    }

    private void CheckQuotes(
        IReadOnlyDictionary<string, CypherValue> values,
        IReadOnlyDictionary<string, SourceLocation> places,
        IReadOnlyDictionary<string, PropertySpec> specs,
        List<string> texts,
        string owner
    )
    {
        foreach (var (name, value) in values)
        {
            if (!specs[name].Quote || value is not CypherString s)
            {
                continue;
            }
            if (!texts.Any(t => ContainsInOrder(t, s.Value)))
            {
                Add(
                    SeedProblemCodes.NotInSource,
                    places[name],
                    $"{owner}: {name} '{s.Value}' is not verbatim in the source texts.",
                    "Copy the words exactly from source/ (spaces and line breaks do not matter; '…' may stand for an omitted passage)."
                );
            }
        }
    }

    private static bool ContainsInOrder(string text, string quote)
    {
        var at = 0;
        foreach (var part in quote.Split('…'))
        {
            var p = Normalize(part);
            if (p.Length == 0)
            {
                continue;
            }
            var found = text.IndexOf(p, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }
            at = found + p.Length;
        }
        return true;
    }

    private static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
