using EconSecGraph.Graph.Values;

namespace EconSecGraph.Seed.Model;

/// <summary>A node of the seed as written in a data file, with typed property values.</summary>
public sealed class SeedNode
{
    public SeedNode(
        string id,
        string label,
        IReadOnlyDictionary<string, CypherValue> properties,
        SourceLocation location,
        IReadOnlyDictionary<string, SourceLocation> propertyLocations
    )
    {
        Id = id;
        Label = label;
        Properties = properties;
        Location = location;
        PropertyLocations = propertyLocations;
    }

    public string Id { get; }

    /// <summary>The node's own label (the common label is added on load).</summary>
    public string Label { get; }

    /// <summary>The properties as written (including <c>id</c>), without the computed ones.</summary>
    public IReadOnlyDictionary<string, CypherValue> Properties { get; }

    /// <summary>Where the entry starts.</summary>
    public SourceLocation Location { get; }

    public IReadOnlyDictionary<string, SourceLocation> PropertyLocations { get; }

    public string? GetString(string name) =>
        Properties.TryGetValue(name, out var value) && value is CypherString s ? s.Value : null;

    public IReadOnlyList<string> GetStrings(string name) => SeedValues.Strings(Properties, name);

    public long? GetInteger(string name) =>
        Properties.TryGetValue(name, out var value) && value is CypherInteger i ? i.Value : null;

    public SourceLocation LocationOf(string property) =>
        PropertyLocations.TryGetValue(property, out var location) ? location : Location;

    public override string ToString() => $"({Id}:{Label})";
}
