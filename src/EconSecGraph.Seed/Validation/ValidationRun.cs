using EconSecGraph.Graph.Values;
using EconSecGraph.Seed.Model;
using EconSecGraph.Seed.Schema;
using EconSecGraph.Seed.Sources;
using EconSecGraph.Seed.Yaml;
using YamlDotNet.RepresentationModel;

namespace EconSecGraph.Seed.Validation;

/// <summary>One validation pass over a <see cref="SeedSource"/>; split by area into partial files.</summary>
internal sealed partial class ValidationRun
{
    private readonly SeedSource _source;
    private readonly List<SeedProblem> _problems = [];
    private readonly List<SeedNode> _nodes = [];
    private readonly List<SeedRelationship> _relationships = [];

    /// <summary>Every id written in the data, with where it first appears (also for nodes whose label is unknown).</summary>
    private readonly Dictionary<string, SourceLocation> _ids = new(StringComparer.Ordinal);

    private SeedSchema _schema = null!;

    public ValidationRun(SeedSource source) => _source = source;

    public SeedValidationResult Run()
    {
        var schemaFile = _source.Schema;
        if (schemaFile is null)
        {
            Add(
                SeedProblemCodes.BadSchema,
                new SourceLocation(SeedSource.SchemaPath, 1, 1),
                $"There is no schema.yaml in {_source.Description}.",
                "The graph-seed folder needs schema.yaml next to nodes/ and relationships/."
            );
            return Finish(null);
        }
        var schema = SeedSchemaReader.Read(schemaFile, _problems);
        if (schema is null)
        {
            return Finish(null);
        }
        _schema = schema;

        var dataFiles = _source.DataFiles.ToList();
        if (dataFiles.Count == 0)
        {
            Add(
                SeedProblemCodes.BadStructure,
                new SourceLocation("nodes/", 1, 1),
                $"{_source.Description} has no data files (nodes/*.yaml, relationships/*.yaml).",
                "Add at least one file under nodes/."
            );
        }
        var nodeEntries = new List<YamlEntry>();
        var relationshipEntries = new List<YamlEntry>();
        foreach (var file in dataFiles)
        {
            ReadEntries(file, nodeEntries, relationshipEntries);
        }
        foreach (var entry in nodeEntries)
        {
            ReadNode(entry);
        }
        foreach (var entry in relationshipEntries)
        {
            ReadRelationship(entry);
        }
        var graph = new SeedGraph(_schema, _nodes, _relationships, [.. _source.SourceTexts]);
        CheckGraph(graph);
        return Finish(graph);
    }

    private SeedValidationResult Finish(SeedGraph? graph)
    {
        var ordered = _problems
            .Distinct()
            .OrderBy(p => p.Location.File, StringComparer.Ordinal)
            .ThenBy(p => p.Location.Line)
            .ThenBy(p => p.Location.Column)
            .ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
        return new SeedValidationResult(graph, ordered);
    }

    private void Add(string code, SourceLocation location, string message, string? hint = null) =>
        _problems.Add(new SeedProblem(code, location, message, hint));

    private void ReadEntries(SeedFile file, List<YamlEntry> nodes, List<YamlEntry> relationships)
    {
        var root = YamlText.Parse(file, _problems);
        if (root is null)
        {
            return;
        }
        if (root is not YamlMappingNode map)
        {
            Add(
                SeedProblemCodes.BadStructure,
                YamlText.Location(file.Path, root),
                $"The file is {YamlText.KindName(root)}; a data file is a mapping with 'nodes:' and/or 'relationships:'.",
                "Start the file with 'nodes:' or 'relationships:' and list the entries under it with '- '."
            );
            return;
        }
        foreach (var (keyNode, value) in map.Children)
        {
            var key = YamlText.Scalar(keyNode) ?? string.Empty;
            var target = key switch
            {
                "nodes" => nodes,
                "relationships" => relationships,
                _ => null,
            };
            if (target is null)
            {
                Add(
                    SeedProblemCodes.BadStructure,
                    YamlText.Location(file.Path, keyNode),
                    $"Unknown top-level key '{key}'.",
                    "A data file has only 'nodes:' and 'relationships:' at the top."
                );
                continue;
            }
            if (value is not YamlSequenceNode seq)
            {
                if (!(value is YamlScalarNode s && string.IsNullOrEmpty(s.Value)))
                {
                    Add(
                        SeedProblemCodes.BadStructure,
                        YamlText.Location(file.Path, value),
                        $"'{key}' must be a list of entries, but it is {YamlText.KindName(value)}.",
                        "Write each entry on its own line starting with '- '."
                    );
                }
                continue;
            }
            foreach (var item in seq.Children)
            {
                if (item is YamlMappingNode entry)
                {
                    target.Add(YamlEntry.FromMapping(file.Path, entry));
                }
                else
                {
                    Add(
                        SeedProblemCodes.BadStructure,
                        YamlText.Location(file.Path, item),
                        $"An entry of '{key}' must be a mapping (id: …, label: …), but it is {YamlText.KindName(item)}.",
                        "Indent the entry's fields under its '- '."
                    );
                }
            }
        }
    }

    /// <summary>Reads the fields of an entry against property specs; returns the typed values and their places.</summary>
    private (Dictionary<string, CypherValue> Values, Dictionary<string, SourceLocation> Places) ReadFields(
        YamlEntry entry,
        IReadOnlyDictionary<string, PropertySpec> specs,
        HashSet<string> structural,
        string owner
    )
    {
        var values = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        var places = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (key, keyLocation, node) in entry.Fields)
        {
            places[key] = keyLocation;
            if (structural.Contains(key))
            {
                continue;
            }
            if (!specs.TryGetValue(key, out var spec))
            {
                var computed = _schema.ComputedProperties.Contains(key, StringComparer.Ordinal);
                Add(
                    SeedProblemCodes.UnknownProperty,
                    keyLocation,
                    $"{owner} has unknown property '{key}'.",
                    computed
                        ? $"'{key}' is computed by the loader; remove it from the data."
                        : Suggestions.DidYouMean(
                            key,
                            specs.Keys,
                            $"Allowed here: {string.Join(", ", specs.Keys.Where(k => !structural.Contains(k)))}."
                        )
                );
                continue;
            }
            if (ReadValue(spec, node, entry.File, owner) is { } value)
            {
                values[key] = value;
                places[key] = YamlText.Location(entry.File, node);
            }
        }
        foreach (var spec in specs.Values)
        {
            if (structural.Contains(spec.Name) || entry.Get(spec.Name) is not null)
            {
                continue;
            }
            if (spec.Required)
            {
                var sources = spec.Type == PropertyType.SourceList;
                Add(
                    sources ? SeedProblemCodes.MissingSources : SeedProblemCodes.MissingProperty,
                    entry.Location,
                    $"{owner} has no '{spec.Name}'" + (sources ? " (every fact needs a source)." : "."),
                    sources
                        ? "Add sources: [<article id>, …] naming the articles that state it, or chr-econsec-chronicle when only the chronicle does."
                        : $"Add '{spec.Name}:' ({spec.TypeName}){(spec.Description is null ? "" : " - " + spec.Description)}"
                );
            }
            else if (spec.RequiredWith is { } other && entry.Get(other) is not null)
            {
                Add(
                    SeedProblemCodes.MissingProperty,
                    entry.Location,
                    $"{owner} has '{other}' but no '{spec.Name}'.",
                    $"Add '{spec.Name}:' next to '{other}'."
                );
            }
        }
        CheckDates(values, places, specs, owner);
        return (values, places);
    }

    private void CheckDates(
        Dictionary<string, CypherValue> values,
        Dictionary<string, SourceLocation> places,
        IReadOnlyDictionary<string, PropertySpec> specs,
        string owner
    )
    {
        foreach (var spec in specs.Values)
        {
            if (
                spec.Type != PropertyType.Precision
                || spec.Of is null
                || !values.TryGetValue(spec.Name, out var p)
                || !values.TryGetValue(spec.Of, out var d)
                || PartialDate.TryParse(((CypherString)d).Value) is not { } date
            )
            {
                continue;
            }
            var precision = ((CypherString)p).Value;
            if (!string.Equals(precision, date.Precision, StringComparison.Ordinal))
            {
                Add(
                    SeedProblemCodes.BadDate,
                    places[spec.Name],
                    $"{owner}: {spec.Name} is '{precision}' but {spec.Of} '{date}' has {date.Precision} precision.",
                    $"Write {spec.Name}: {date.Precision}, or give {spec.Of} with {precision} precision."
                );
            }
        }
        if (
            values.TryGetValue("date", out var start)
            && values.TryGetValue("endDate", out var end)
            && PartialDate.TryParse(((CypherString)start).Value) is { } s
            && PartialDate.TryParse(((CypherString)end).Value) is { } e
            && e.Last < s.First
        )
        {
            Add(
                SeedProblemCodes.BadDate,
                places["endDate"],
                $"{owner}: endDate {e} is before date {s}.",
                "A period runs from date to endDate; swap them or fix the year."
            );
        }
        if (values.ContainsKey("endDate") && !values.ContainsKey("date"))
        {
            Add(
                SeedProblemCodes.BadDate,
                places["endDate"],
                $"{owner} has an endDate but no date.",
                "Give the start of the period as date."
            );
        }
    }
}
