using EconSecGraph.Graph.Values;

namespace EconSecGraph.Seed.Model;

/// <summary>A relationship of the seed as written in a data file, with typed property values.</summary>
public sealed class SeedRelationship
{
    public SeedRelationship(
        string from,
        string type,
        string to,
        string? key,
        IReadOnlyDictionary<string, CypherValue> properties,
        SourceLocation location,
        IReadOnlyDictionary<string, SourceLocation> propertyLocations
    )
    {
        From = from;
        Type = type;
        To = to;
        Key = key;
        Properties = properties;
        Location = location;
        PropertyLocations = propertyLocations;
    }

    /// <summary>The stable id the loader stores on the relationship: <c>from|TYPE|to</c>, plus <c>|key</c> when given.</summary>
    public string Id => Key is null ? $"{From}|{Type}|{To}" : $"{From}|{Type}|{To}|{Key}";

    public string From { get; }

    public string Type { get; }

    public string To { get; }

    public string? Key { get; }

    /// <summary>The properties as written (without from, type and to).</summary>
    public IReadOnlyDictionary<string, CypherValue> Properties { get; }

    public SourceLocation Location { get; }

    public IReadOnlyDictionary<string, SourceLocation> PropertyLocations { get; }

    public string? GetString(string name) =>
        Properties.TryGetValue(name, out var value) && value is CypherString s ? s.Value : null;

    public IReadOnlyList<string> GetStrings(string name) => SeedValues.Strings(Properties, name);

    public SourceLocation LocationOf(string property) =>
        PropertyLocations.TryGetValue(property, out var location) ? location : Location;

    public override string ToString() => $"({From})-[:{Type}]->({To})";
}
