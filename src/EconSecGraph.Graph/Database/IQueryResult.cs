namespace EconSecGraph.Graph.Database;

/// <summary>A stream of records from one query; read it once, in order.</summary>
public interface IQueryResult : IAsyncDisposable
{
    /// <summary>The column names, known before the first record.</summary>
    IReadOnlyList<string> Keys { get; }

    /// <summary>The next record, or null at the end of the stream.</summary>
    ValueTask<Record?> NextAsync(CancellationToken cancellationToken = default);

    /// <summary>Discards any remaining records and returns the summary (counters, plan, timings).</summary>
    Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stops the query without finishing it, as a Bolt RESET does: an auto-commit query is rolled back
    /// (none of its writes are kept); in an explicit transaction only the stream is dropped. A result
    /// that has already been consumed is unaffected. Disposing, by contrast, finishes the query.
    /// </summary>
    ValueTask AbandonAsync() => DisposeAsync();
}
