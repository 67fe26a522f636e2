using EconSecGraph.Storage;

namespace EconSecGraph.Cypher;

/// <summary>How an <see cref="EmbeddedGraphDatabase"/> runs.</summary>
public sealed record EmbeddedOptions
{
    public static readonly EmbeddedOptions Default = new();

    /// <summary>The folder <c>LOAD CSV FROM 'file:///x.csv'</c> reads from; null disables file URLs.</summary>
    public string? ImportDirectory { get; init; }

    /// <summary>The timeout of a transaction that sets none (null: no timeout).</summary>
    public TimeSpan? DefaultTimeout { get; init; }

    /// <summary>
    /// The most rows one query may hold in memory at once (ORDER BY, DISTINCT, aggregation groups,
    /// collect(), Eager); beyond it the query fails with <c>Neo.TransientError.General.MemoryPoolOutOfMemoryError</c>.
    /// </summary>
    public long MaxBufferedRows { get; init; } = 20_000_000;

    /// <summary>How many distinct query texts keep their plans.</summary>
    public int PlanCacheSize { get; init; } = 1000;

    /// <summary>Whether commits wait for the disk (fsync); on by default for durability.</summary>
    public bool SyncCommits { get; init; } = true;

    /// <summary>
    /// Receives the store's messages: recovery and its warnings, and a bulk import's phase timings (null: none).
    /// Called on the thread that does the work; keep it quick.
    /// </summary>
    public Action<StorageLogLevel, string>? Log { get; init; }

    /// <summary>The database name reported in summaries.</summary>
    public string DatabaseName { get; init; } = "neo4j";
}
