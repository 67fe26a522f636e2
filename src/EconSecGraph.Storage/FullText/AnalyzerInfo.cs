namespace EconSecGraph.Storage.FullText;

/// <summary>One row of <c>db.index.fulltext.listAvailableAnalyzers()</c>.</summary>
public sealed record AnalyzerInfo(string Name, string Description, IReadOnlyList<string> StopWords);
