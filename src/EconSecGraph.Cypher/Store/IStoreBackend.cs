namespace EconSecGraph.Cypher.Store;

/// <summary>Opens snapshots and write transactions on one store.</summary>
internal interface IStoreBackend : IDisposable
{
    IReadSession BeginRead();

    /// <summary>Starts the write transaction (writers take turns; this waits for the current one).</summary>
    IWriteSession BeginWrite(TimeSpan? timeout, CancellationToken cancellationToken);

    long LastCommitted { get; }
}
