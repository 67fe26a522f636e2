using EconSecGraph.Graph.Errors;
using EconSecGraph.Storage.Import;
using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage;

public sealed partial class WriteTransaction
{
    private const long CollectAfterBulkBytes = 128L << 20;

    private StoreState? _bulk;
    private string? _bulkCheckpoint;

    /// <summary>
    /// Bulk-imports CSV files into an empty store (indexes and constraints may exist, and are filled).
    /// The new state is built directly — no per-row overlay or journal entries — and becomes visible
    /// to this transaction at once; <see cref="Commit"/> writes it as a checkpoint (fsynced when the
    /// store syncs commits) before anyone else sees it, and a rollback or any error leaves the store
    /// as it was. It must be the transaction's only write.
    /// </summary>
    public CsvImportResult ImportCsv(CsvImportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureActive();
        if (_failure is not null || _replaying)
        {
            EnsureWritable(schema: false);
        }
        if (_bulk is not null || _hasDataWrites || _hasSchemaWrites || _labelsOwned || _typesOwned || _keysOwned)
        {
            Fail(
                new CypherException(
                    Neo4jStatusCodes.ForbiddenDueToTransactionType,
                    "A bulk CSV import must be the only write of its transaction, and this transaction has already written. "
                        + "Run the import in a transaction of its own."
                )
            );
        }
        try
        {
            var (state, result, checkpoint) = BulkImporter.Build(Store, _base, request, cancellationToken);
            _bulk = state;
            _bulkCheckpoint = checkpoint;
            _hasDataWrites = true;
            return result;
        }
        catch (Exception e)
        {
            _failure ??= e;
            throw;
        }
    }

    private void EnsureNotBulk()
    {
        if (_bulk is not null)
        {
            Fail(
                new CypherException(
                    Neo4jStatusCodes.ForbiddenDueToTransactionType,
                    "This transaction ran a bulk CSV import, which must be its only write. Commit it, then write in a new transaction."
                )
            );
        }
    }

    /// <summary>Commit of a bulk import: install its prepared checkpoint, then publish the state.</summary>
    private void CommitBulk(StoreState state)
    {
        try
        {
            _journal?.Abort();
            state.Freeze();
            if (_bulkCheckpoint is not null)
            {
                Store.InstallBulkCheckpoint(_bulkCheckpoint, state.TxId);
                _bulkCheckpoint = null;
            }
        }
        catch
        {
            Rollback();
            throw;
        }
        _status = 1;
        Store.Publish(this, state);
        // A large build leaves hundreds of megabytes of garbage, and a collector tuned by its all-surviving
        // allocations lets ~100 MB of new objects pile up before the next collection: collect once, so
        // the process shrinks to its live size and the reads that follow start from a normal budget.
        // (A small import's heap is not worth the ~10 ms.)
        if (GC.GetTotalMemory(forceFullCollection: false) >= CollectAfterBulkBytes)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>Rollback of a bulk import: its prepared checkpoint is deleted (it was never installed).</summary>
    private void DiscardBulk()
    {
        GraphStore.DiscardBulkCheckpoint(_bulkCheckpoint);
        _bulkCheckpoint = null;
    }
}
