namespace EconSecGraph.Cypher.Functions.Tests.Tck;

/// <summary>One TCK scenario (an outline is expanded per Examples row).</summary>
internal sealed class FeatureScenario
{
    public required string Feature { get; init; }

    public required string Name { get; init; }

    public List<string> Setup { get; } = [];

    public Dictionary<string, string> Parameters { get; } = new(StringComparer.Ordinal);

    public string Query { get; set; } = string.Empty;

    public List<string[]> Expected { get; } = [];

    public bool InOrder { get; set; }

    public bool IgnoreListOrder { get; set; }

    public bool ExpectEmpty { get; set; }

    public string? ErrorType { get; set; }

    public string? ErrorPhase { get; set; }

    public string? ErrorDetail { get; set; }

    public string Id => Feature + " " + Name;

    public override string ToString() => Id;
}
