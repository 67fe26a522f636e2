namespace EconSecGraph.Seed.Schema;

/// <summary>The graph-seed schema (graph-seed/schema.yaml): labels, relationship types, properties and rules.</summary>
public sealed record SeedSchema
{
    /// <summary>The label every seed node carries besides its own (one constraint and one full-text index cover all).</summary>
    public required string CommonLabel { get; init; }

    public required string IdPattern { get; init; }

    /// <summary>Labels whose nodes facts may cite in <c>sources</c>.</summary>
    public required IReadOnlyList<string> SourceLabels { get; init; }

    public required IReadOnlyDictionary<string, LabelSpec> Labels { get; init; }

    public required IReadOnlyDictionary<string, RelationshipTypeSpec> RelationshipTypes { get; init; }

    public required IReadOnlyList<RelationshipRule> Rules { get; init; }

    /// <summary>Properties the loader computes; the data files may not set them.</summary>
    public required IReadOnlyList<string> ComputedProperties { get; init; }

    public bool IsSourceLabel(string label) => SourceLabels.Contains(label, StringComparer.Ordinal);
}
