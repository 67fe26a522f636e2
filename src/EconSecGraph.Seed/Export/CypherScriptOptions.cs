namespace EconSecGraph.Seed.Export;

/// <summary>How <see cref="CypherScriptExporter"/> writes the script.</summary>
public sealed record CypherScriptOptions
{
    public static readonly CypherScriptOptions Default = new();

    /// <summary>Rows per UNWIND statement.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>Escape non-ASCII as \uXXXX (robust against a client that does not read the file as UTF-8).</summary>
    public bool AsciiOnly { get; init; } = true;

    /// <summary>Add the statements that delete seed-owned data no longer in the files (a re-run then syncs).</summary>
    public bool Prune { get; init; } = true;

    /// <summary>Add <c>CALL db.awaitIndexes(300)</c> after the schema statements.</summary>
    public bool AwaitIndexes { get; init; } = true;
}
