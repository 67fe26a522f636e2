namespace EconSecGraph.Seed.Loading;

/// <summary>How <see cref="SeedLoader"/> loads.</summary>
public sealed record SeedLoadOptions
{
    public static readonly SeedLoadOptions Default = new();

    /// <summary>Rows per UNWIND statement.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>Delete seed-owned nodes and relationships (those with a seedHash) that are no longer in the files.</summary>
    public bool Prune { get; init; } = true;

    /// <summary>Create the constraint and the full-text index first (each in its own transaction).</summary>
    public bool CreateSchema { get; init; } = true;
}
