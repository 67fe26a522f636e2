namespace EconSecGraph.Seed.Schema;

/// <summary>A node label: its id prefix and the properties it adds to (or re-declares from) the common ones.</summary>
public sealed record LabelSpec
{
    public required string Name { get; init; }

    public required string Prefix { get; init; }

    public string? Description { get; init; }

    /// <summary>True for labels that are sources themselves (articles, the chronicle): <c>sources</c> is optional.</summary>
    public bool SelfSourced { get; init; }

    /// <summary>Every property a node with this label may carry: the common ones overridden by the label's own.</summary>
    public required IReadOnlyDictionary<string, PropertySpec> Properties { get; init; }
}
