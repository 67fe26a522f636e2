using System.Globalization;
using System.Text.RegularExpressions;
using EconSecGraph.Seed.Model;
using EconSecGraph.Seed.Sources;
using EconSecGraph.Seed.Validation;
using EconSecGraph.Seed.Yaml;
using YamlDotNet.RepresentationModel;

namespace EconSecGraph.Seed.Schema;

/// <summary>Reads graph-seed/schema.yaml into a <see cref="SeedSchema"/>, reporting every malformed part.</summary>
public static class SeedSchemaReader
{
    private static readonly Dictionary<string, PropertyType> s_types = new(StringComparer.Ordinal)
    {
        ["string"] = PropertyType.String,
        ["string[]"] = PropertyType.StringList,
        ["integer"] = PropertyType.Integer,
        ["number"] = PropertyType.Number,
        ["boolean"] = PropertyType.Boolean,
        ["url"] = PropertyType.Url,
        ["date"] = PropertyType.Date,
        ["precision"] = PropertyType.Precision,
        ["time"] = PropertyType.Time,
        ["ref"] = PropertyType.Reference,
        ["ref[]"] = PropertyType.ReferenceList,
        ["source[]"] = PropertyType.SourceList,
    };

    private static readonly string[] s_specKeys =
    [
        "type",
        "required",
        "enum",
        "pattern",
        "min",
        "max",
        "of",
        "requiredWith",
        "description",
        "quote",
    ];

    /// <summary>Reads the schema; returns null when it is unusable (the problems say why).</summary>
    public static SeedSchema? Read(SeedFile file, List<SeedProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        var root = YamlText.Parse(file, problems);
        if (root is null)
        {
            return null;
        }
        var reader = new Reader(file.Path, problems);
        var schema = reader.ReadSchema(root);
        return problems.Count == before ? schema : null;
    }

    private sealed class Reader(string file, List<SeedProblem> problems)
    {
        public SeedSchema? ReadSchema(YamlNode root)
        {
            if (root is not YamlMappingNode map)
            {
                Problem(
                    root,
                    "schema.yaml must be a mapping with commonLabel, idPattern, labels, relationshipTypes, …."
                );
                return null;
            }
            var commonLabel = RequiredString(map, "commonLabel");
            var idPattern = RequiredString(map, "idPattern");
            if (idPattern is not null && !IsRegex(idPattern))
            {
                Problem(Child(map, "idPattern") ?? map, $"idPattern '{idPattern}' is not a valid regular expression.");
            }
            var sourceLabels = StringList(Child(map, "sourceLabels"), "sourceLabels") ?? [];
            var nodeCommon = Properties(Child(map, "nodeProperties"), "nodeProperties");
            var relCommon = Properties(Child(map, "relationshipProperties"), "relationshipProperties");

            var labels = new Dictionary<string, LabelSpec>(StringComparer.Ordinal);
            if (Child(map, "labels") is YamlMappingNode labelsMap)
            {
                foreach (var (keyNode, value) in labelsMap.Children)
                {
                    var name = YamlText.Scalar(keyNode) ?? string.Empty;
                    if (ReadLabel(name, value, nodeCommon) is { } label)
                    {
                        labels[name] = label;
                    }
                }
            }
            else
            {
                Problem(map, "schema.yaml needs 'labels:', a mapping from label name to its spec.");
            }

            var types = new Dictionary<string, RelationshipTypeSpec>(StringComparer.Ordinal);
            if (Child(map, "relationshipTypes") is YamlMappingNode typesMap)
            {
                foreach (var (keyNode, value) in typesMap.Children)
                {
                    var name = YamlText.Scalar(keyNode) ?? string.Empty;
                    if (ReadType(name, value, relCommon, labels) is { } type)
                    {
                        types[name] = type;
                    }
                }
            }
            else
            {
                Problem(map, "schema.yaml needs 'relationshipTypes:', a mapping from type name to its spec.");
            }

            foreach (var label in sourceLabels)
            {
                if (!labels.ContainsKey(label))
                {
                    Problem(Child(map, "sourceLabels") ?? map, $"sourceLabels names '{label}', which is not a label.");
                }
            }

            var rules = ReadRules(Child(map, "requiredRelationships"), labels, types);
            var computed = Child(map, "computed") is YamlMappingNode computedMap
                ? computedMap.Children.Keys.Select(k => YamlText.Scalar(k) ?? string.Empty).ToList()
                : [];

            if (commonLabel is null || idPattern is null)
            {
                return null;
            }
            return new SeedSchema
            {
                CommonLabel = commonLabel,
                IdPattern = idPattern,
                SourceLabels = sourceLabels,
                Labels = labels,
                RelationshipTypes = types,
                Rules = rules,
                ComputedProperties = computed,
            };
        }

        private LabelSpec? ReadLabel(string name, YamlNode node, Dictionary<string, PropertySpec> common)
        {
            if (!IsIdentifier(name))
            {
                Problem(node, $"Label name '{name}' must be an identifier (letters, digits, underscore).");
                return null;
            }
            if (node is not YamlMappingNode map)
            {
                Problem(node, $"Label '{name}' must be a mapping with prefix, description and properties.");
                return null;
            }
            var prefix = RequiredString(map, "prefix");
            var own = Properties(Child(map, "properties"), $"labels.{name}.properties");
            var merged = new Dictionary<string, PropertySpec>(common, StringComparer.Ordinal);
            foreach (var (key, spec) in own)
            {
                merged[key] = spec;
            }
            var selfSourced = Child(map, "selfSourced") is { } ss && Bool(ss, "selfSourced");
            return prefix is null
                ? null
                : new LabelSpec
                {
                    Name = name,
                    Prefix = prefix,
                    Description = OptionalString(map, "description"),
                    SelfSourced = selfSourced,
                    Properties = merged,
                };
        }

        private RelationshipTypeSpec? ReadType(
            string name,
            YamlNode node,
            Dictionary<string, PropertySpec> common,
            Dictionary<string, LabelSpec> labels
        )
        {
            if (!IsIdentifier(name))
            {
                Problem(node, $"Relationship type '{name}' must be an identifier (letters, digits, underscore).");
                return null;
            }
            if (node is not YamlMappingNode map)
            {
                Problem(node, $"Relationship type '{name}' must be a mapping with from, to and description.");
                return null;
            }
            var from = Endpoints(Child(map, "from"), name, "from", labels);
            var to = Endpoints(Child(map, "to"), name, "to", labels);
            var own = Properties(Child(map, "properties"), $"relationshipTypes.{name}.properties");
            var merged = new Dictionary<string, PropertySpec>(common, StringComparer.Ordinal);
            foreach (var (key, spec) in own)
            {
                merged[key] = spec;
            }
            return new RelationshipTypeSpec
            {
                Name = name,
                From = from,
                To = to,
                Description = OptionalString(map, "description"),
                Properties = merged,
            };
        }

        private List<string>? Endpoints(YamlNode? node, string type, string end, Dictionary<string, LabelSpec> labels)
        {
            if (node is null)
            {
                Problem(null, $"Relationship type '{type}' needs '{end}:' (a list of labels, or '*').");
                return null;
            }
            if (YamlText.Scalar(node) is "*")
            {
                return null;
            }
            var list = StringList(node, $"{type}.{end}") ?? [];
            foreach (var label in list)
            {
                if (!labels.ContainsKey(label))
                {
                    Problem(node, $"Relationship type '{type}' names '{label}' in '{end}', which is not a label.");
                }
            }
            return list;
        }

        private List<RelationshipRule> ReadRules(
            YamlNode? node,
            Dictionary<string, LabelSpec> labels,
            Dictionary<string, RelationshipTypeSpec> types
        )
        {
            var rules = new List<RelationshipRule>();
            if (node is null)
            {
                return rules;
            }
            if (node is not YamlSequenceNode seq)
            {
                Problem(node, "requiredRelationships must be a list.");
                return rules;
            }
            foreach (var item in seq.Children)
            {
                if (item is not YamlMappingNode map)
                {
                    Problem(item, "Each required relationship is a mapping {label, type, direction, min, max}.");
                    continue;
                }
                var label = RequiredString(map, "label");
                var type = RequiredString(map, "type");
                var direction = RequiredString(map, "direction");
                var min = Child(map, "min") is { } minNode ? Int(minNode, "min") : 0;
                int? max = Child(map, "max") is { } maxNode ? Int(maxNode, "max") : null;
                if (label is not null && !labels.ContainsKey(label))
                {
                    Problem(map, $"requiredRelationships names label '{label}', which is not a label.");
                }
                if (type is not null && !types.ContainsKey(type))
                {
                    Problem(map, $"requiredRelationships names type '{type}', which is not a relationship type.");
                }
                if (direction is not null and not ("in" or "out"))
                {
                    Problem(map, "direction must be 'in' or 'out'.");
                }
                if (label is not null && type is not null && direction is not null)
                {
                    rules.Add(
                        new RelationshipRule(
                            label,
                            type,
                            string.Equals(direction, "out", StringComparison.Ordinal),
                            min,
                            max
                        )
                    );
                }
            }
            return rules;
        }

        private Dictionary<string, PropertySpec> Properties(YamlNode? node, string where)
        {
            var result = new Dictionary<string, PropertySpec>(StringComparer.Ordinal);
            if (node is null)
            {
                return result;
            }
            if (node is not YamlMappingNode map)
            {
                Problem(node, $"{where} must be a mapping from property name to its spec.");
                return result;
            }
            foreach (var (keyNode, value) in map.Children)
            {
                var name = YamlText.Scalar(keyNode) ?? string.Empty;
                if (ReadProperty(name, value, where) is { } spec)
                {
                    result[name] = spec;
                }
            }
            foreach (var spec in result.Values)
            {
                if (spec.Type == PropertyType.Precision && spec.Of is null)
                {
                    Problem(
                        map,
                        $"{where}.{spec.Name} is a precision and needs 'of:' (the date property it describes)."
                    );
                }
            }
            return result;
        }

        private PropertySpec? ReadProperty(string name, YamlNode node, string where)
        {
            if (node is not YamlMappingNode map)
            {
                Problem(node, $"{where}.{name} must be a mapping such as {{ type: string, required: true }}.");
                return null;
            }
            foreach (var (key, _) in map.Children)
            {
                var k = YamlText.Scalar(key) ?? string.Empty;
                if (!s_specKeys.Contains(k, StringComparer.Ordinal))
                {
                    Problem(key, $"{where}.{name} has unknown key '{k}'; allowed: {string.Join(", ", s_specKeys)}.");
                }
            }
            var typeName = RequiredString(map, "type");
            if (typeName is null)
            {
                return null;
            }
            if (!s_types.TryGetValue(typeName, out var type))
            {
                Problem(
                    Child(map, "type") ?? map,
                    $"{where}.{name} has unknown type '{typeName}'; allowed: {string.Join(", ", s_types.Keys)}."
                );
                return null;
            }
            var pattern = OptionalString(map, "pattern");
            if (pattern is not null && !IsRegex(pattern))
            {
                Problem(
                    Child(map, "pattern") ?? map,
                    $"{where}.{name}: pattern '{pattern}' is not a valid regular expression."
                );
                pattern = null;
            }
            return new PropertySpec
            {
                Name = name,
                Type = type,
                Required = Child(map, "required") is { } r && Bool(r, "required"),
                Enum = Child(map, "enum") is { } e ? StringList(e, $"{where}.{name}.enum") : null,
                Pattern = pattern,
                Min = Child(map, "min") is { } min ? Decimal(min, "min") : null,
                Max = Child(map, "max") is { } max ? Decimal(max, "max") : null,
                Of = OptionalString(map, "of"),
                RequiredWith = OptionalString(map, "requiredWith"),
                Description = OptionalString(map, "description"),
                Quote = Child(map, "quote") is { } q && Bool(q, "quote"),
            };
        }

        private static YamlNode? Child(YamlMappingNode map, string key)
        {
            foreach (var (k, v) in map.Children)
            {
                if (string.Equals(YamlText.Scalar(k), key, StringComparison.Ordinal))
                {
                    return v;
                }
            }
            return null;
        }

        private string? RequiredString(YamlMappingNode map, string key)
        {
            var node = Child(map, key);
            var value = node is null ? null : YamlText.Scalar(node);
            if (string.IsNullOrWhiteSpace(value))
            {
                Problem(node ?? map, $"'{key}' is required here and must be a non-empty text.");
                return null;
            }
            return value;
        }

        private static string? OptionalString(YamlMappingNode map, string key) =>
            Child(map, key) is { } node ? YamlText.Scalar(node) : null;

        private List<string>? StringList(YamlNode? node, string where)
        {
            if (node is null)
            {
                return null;
            }
            if (node is not YamlSequenceNode seq)
            {
                Problem(node, $"{where} must be a list.");
                return null;
            }
            var list = new List<string>();
            foreach (var item in seq.Children)
            {
                if (YamlText.Scalar(item) is { Length: > 0 } s)
                {
                    list.Add(s);
                }
                else
                {
                    Problem(item, $"{where} items must be non-empty texts.");
                }
            }
            return list;
        }

        private bool Bool(YamlNode node, string key)
        {
            switch (YamlText.Scalar(node))
            {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    Problem(node, $"'{key}' must be true or false.");
                    return false;
            }
        }

        private int Int(YamlNode node, string key)
        {
            if (int.TryParse(YamlText.Scalar(node), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
            Problem(node, $"'{key}' must be a whole number.");
            return 0;
        }

        private decimal? Decimal(YamlNode node, string key)
        {
            if (
                decimal.TryParse(YamlText.Scalar(node), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            )
            {
                return value;
            }
            Problem(node, $"'{key}' must be a number.");
            return null;
        }

        private static bool IsIdentifier(string s) =>
            s.Length > 0
            && (char.IsAsciiLetter(s[0]) || s[0] == '_')
            && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

        private static bool IsRegex(string pattern)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        private void Problem(YamlNode? node, string message) =>
            problems.Add(
                new SeedProblem(
                    SeedProblemCodes.BadSchema,
                    node is null ? new SourceLocation(file, 1, 1) : YamlText.Location(file, node),
                    message,
                    "schema.yaml describes every label, type and property; see graph-seed/README.md."
                )
            );
    }
}
