namespace EconSecGraph.Storage.Import;

/// <summary>
/// A relationship file of a bulk import: a CSV file with a header row; every row is one relationship
/// from the node whose id is in <see cref="StartColumn"/> to the node in <see cref="EndColumn"/>, of the fixed
/// <see cref="Type"/> or the type in <see cref="TypeColumn"/>.
/// </summary>
public sealed record CsvRelationshipFile
{
    public required string Path { get; init; }

    public required string Source { get; init; }

    public string? Type { get; init; }

    public string? TypeColumn { get; init; }

    public required string StartColumn { get; init; }

    public required string EndColumn { get; init; }

    /// <summary>The columns imported as properties; null imports every other column as a string.</summary>
    public IReadOnlyList<CsvPropertyColumn>? Properties { get; init; }

    public char Delimiter { get; init; } = ',';
}
