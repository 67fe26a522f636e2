namespace EconSecGraph.Graph.Database;

/// <summary>
/// The one interface every part of EconSecGraph above the engines speaks: run Cypher text with
/// parameters and stream typed records. The embedded engine and the Bolt client (Neo4j) both
/// implement it; nothing above it knows which one answers.
/// </summary>
/// <remarks>Implementations are thread-safe; results and transactions are not shared between threads.</remarks>
public interface IGraphDatabase : IAsyncDisposable
{
    /// <summary><c>Embedded</c> or <c>Neo4j</c>.</summary>
    string Backend { get; }

    /// <summary>Checks that the database answers; returns the server's agent and version.</summary>
    Task<ServerInfo> VerifyConnectivityAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="query"/> in its own auto-commit transaction. Syntax and semantic errors
    /// are thrown here; run-time errors may surface while records are read. The transaction commits
    /// when the result has been consumed or disposed, and rolls back if reading it failed.
    /// </summary>
    Task<IQueryResult> RunAsync(
        Query query,
        TransactionConfig? config = null,
        CancellationToken cancellationToken = default
    );

    /// <summary>Starts an explicit transaction.</summary>
    Task<IGraphTransaction> BeginTransactionAsync(
        TransactionConfig? config = null,
        CancellationToken cancellationToken = default
    );
}
