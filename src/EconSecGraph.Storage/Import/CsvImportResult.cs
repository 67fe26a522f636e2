namespace EconSecGraph.Storage.Import;

/// <summary>What a bulk import wrote.</summary>
public sealed record CsvImportResult(long Nodes, long Relationships, long Properties, long Labels, int Files);
