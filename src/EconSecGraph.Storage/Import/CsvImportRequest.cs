namespace EconSecGraph.Storage.Import;

/// <summary>What a bulk import loads: node files, then relationship files, in one id space.</summary>
public sealed record CsvImportRequest
{
    public required IReadOnlyList<CsvNodeFile> Nodes { get; init; }

    public IReadOnlyList<CsvRelationshipFile> Relationships { get; init; } = [];

    /// <summary>How node ids are compared: as integers (<c>7</c> = <c>007</c>) or as strings.</summary>
    public CsvColumnType IdType { get; init; } = CsvColumnType.String;
}
