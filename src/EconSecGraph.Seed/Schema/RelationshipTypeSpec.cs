namespace EconSecGraph.Seed.Schema;

/// <summary>A relationship type: which labels it may connect and the properties it may carry.</summary>
public sealed record RelationshipTypeSpec
{
    public required string Name { get; init; }

    /// <summary>Allowed start labels; null means any label.</summary>
    public IReadOnlyList<string>? From { get; init; }

    /// <summary>Allowed end labels; null means any label.</summary>
    public IReadOnlyList<string>? To { get; init; }

    public string? Description { get; init; }

    /// <summary>Every property it may carry: the common ones plus the type's own.</summary>
    public required IReadOnlyDictionary<string, PropertySpec> Properties { get; init; }

    public bool AllowsFrom(string label) => From is null || From.Contains(label, StringComparer.Ordinal);

    public bool AllowsTo(string label) => To is null || To.Contains(label, StringComparer.Ordinal);
}
