using EconSecGraph.Storage;

namespace EconSecGraph.Cypher.Store;

/// <summary>The engine's store: a storage <see cref="GraphStore"/> on disk or in memory.</summary>
internal sealed class StorageBackend(GraphStore store) : IStoreBackend
{
    public static StorageBackend Open(string directory, EmbeddedOptions options) =>
        new(
            GraphStore.Open(directory, new GraphStoreOptions { SyncOnCommit = options.SyncCommits, Log = options.Log })
        );

    public static StorageBackend CreateInMemory(EmbeddedOptions options) =>
        new(GraphStore.CreateInMemory(new GraphStoreOptions { SyncOnCommit = options.SyncCommits, Log = options.Log }));

    public long LastCommitted => store.LastCommittedTransactionId;

    public IReadSession BeginRead() => new StorageReadSession(store.Snapshot(), store.StoreId);

    public IWriteSession BeginWrite(TimeSpan? timeout, CancellationToken cancellationToken) =>
        new StorageWriteSession(
            store.BeginWrite(timeout, cancellationToken),
            store.StoreId,
            store,
            timeout,
            cancellationToken
        );

    public void Dispose() => store.Dispose();
}
