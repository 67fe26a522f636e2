using YamlDotNet.RepresentationModel;

namespace EconSecGraph.Deployment.Tests;

/// <summary>docker-compose.yml read as a YAML tree, with the few lookups the tests need.</summary>
internal sealed class ComposeFile
{
    private readonly YamlMappingNode _root;

    private ComposeFile(YamlMappingNode root) => _root = root;

    public static ComposeFile Load(string path)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(path);
        yaml.Load(reader);
        return new ComposeFile((YamlMappingNode)yaml.Documents[0].RootNode);
    }

    public YamlMappingNode Service(string name)
    {
        var services = (YamlMappingNode)_root.Children[new YamlScalarNode("services")];
        return services.Children.TryGetValue(new YamlScalarNode(name), out var node)
            ? (YamlMappingNode)node
            : throw new KeyNotFoundException($"docker-compose.yml has no service '{name}'.");
    }

    public IReadOnlyCollection<string> TopLevelVolumes =>
        _root.Children.TryGetValue(new YamlScalarNode("volumes"), out var v)
            ? ((YamlMappingNode)v).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList()
            : [];

    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;

    public static IReadOnlyList<string> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var v)
            ? ((YamlSequenceNode)v).Children.Select(c => ((YamlScalarNode)c).Value!).ToList()
            : [];

    public static IReadOnlyDictionary<string, string> Environment(YamlMappingNode service) =>
        service.Children.TryGetValue(new YamlScalarNode("environment"), out var v)
            ? ((YamlMappingNode)v).Children.ToDictionary(
                kv => ((YamlScalarNode)kv.Key).Value!,
                kv => ((YamlScalarNode)kv.Value).Value ?? string.Empty,
                StringComparer.Ordinal
            )
            : new Dictionary<string, string>(StringComparer.Ordinal);

    public static YamlMappingNode Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var v)
            ? (YamlMappingNode)v
            : throw new KeyNotFoundException($"'{key}' is missing.");

    /// <summary>The healthcheck test command joined into one string.</summary>
    public static string HealthcheckCommand(YamlMappingNode service)
    {
        var test = Child(service, "healthcheck").Children[new YamlScalarNode("test")];
        return test is YamlSequenceNode seq
            ? string.Join(' ', seq.Children.Select(c => ((YamlScalarNode)c).Value))
            : ((YamlScalarNode)test).Value!;
    }
}
