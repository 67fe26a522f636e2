namespace EconSecGraph.Storage.Import;

/// <summary>One CSV column imported as a property: the header name, the property key and the value type.</summary>
public sealed record CsvPropertyColumn(string Column, string Key, CsvColumnType Type);
