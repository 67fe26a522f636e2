namespace EconSecGraph.Storage.Import;

/// <summary>
/// A node file of a bulk import: a CSV file with a header row. Every row is one node with the fixed
/// <see cref="Labels"/> plus the labels in <see cref="LabelColumn"/> (several separated by <c>;</c>), identified
/// by <see cref="IdColumn"/> in the import's id space (relationship files refer to nodes by it).
/// </summary>
public sealed record CsvNodeFile
{
    /// <summary>The absolute path of the file.</summary>
    public required string Path { get; init; }

    /// <summary>How errors name the file (e.g. the <c>file:///</c> URL the user gave).</summary>
    public required string Source { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = [];

    public string? LabelColumn { get; init; }

    public required string IdColumn { get; init; }

    /// <summary>The property the id is stored in (null: the id is not stored).</summary>
    public string? IdProperty { get; init; }

    /// <summary>The columns imported as properties; null imports every other column as a string.</summary>
    public IReadOnlyList<CsvPropertyColumn>? Properties { get; init; }

    public char Delimiter { get; init; } = ',';
}
