namespace EconSecGraph.Storage.FullText;

/// <summary>The options map of <c>db.index.fulltext.queryNodes(name, query, {skip, limit, analyzer})</c>.</summary>
public sealed record FullTextQueryOptions
{
    public long Skip { get; init; }

    public long? Limit { get; init; }

    /// <summary>Analyze the query with this analyzer instead of the index's.</summary>
    public string? Analyzer { get; init; }
}
