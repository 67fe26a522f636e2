using EconSecGraph.Seed.Model;
using YamlDotNet.RepresentationModel;

namespace EconSecGraph.Seed.Yaml;

/// <summary>One mapping entry of a data file (a node or a relationship): its keys with their value nodes and places.</summary>
internal sealed class YamlEntry
{
    private YamlEntry(
        string file,
        SourceLocation location,
        List<(string Key, SourceLocation KeyLocation, YamlNode Value)> fields
    )
    {
        File = file;
        Location = location;
        Fields = fields;
    }

    public string File { get; }

    public SourceLocation Location { get; }

    public IReadOnlyList<(string Key, SourceLocation KeyLocation, YamlNode Value)> Fields { get; }

    public static YamlEntry FromMapping(string file, YamlMappingNode mapping)
    {
        var fields = new List<(string, SourceLocation, YamlNode)>();
        foreach (var (key, value) in mapping.Children)
        {
            fields.Add((YamlText.Scalar(key) ?? string.Empty, YamlText.Location(file, key), value));
        }
        return new YamlEntry(file, YamlText.Location(file, mapping), fields);
    }

    public YamlNode? Get(string key)
    {
        foreach (var (k, _, v) in Fields)
        {
            if (string.Equals(k, key, StringComparison.Ordinal))
            {
                return v;
            }
        }
        return null;
    }
}
