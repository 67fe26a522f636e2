using System.Diagnostics;
using System.Globalization;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Storage.Durability;
using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage;

/// <summary>
/// The embedded property-graph store. <see cref="Snapshot"/> gives an immutable, lock-free read view
/// of the last commit; <see cref="BeginWrite"/> starts the (single) write transaction. Opened on a
/// data directory it is durable: every commit is journaled and fsynced before it becomes visible,
/// and <see cref="Open"/> recovers after a crash. <see cref="CreateInMemory"/> keeps everything in memory.
/// Thread-safe.
/// </summary>
public sealed class GraphStore : IDisposable
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly GraphStoreOptions _options;
    private readonly StoreLock? _lock;
    private readonly List<string> _warnings = [];
    private StoreState _root;
    private JournalWriter? _journal;
    private WriteTransaction? _writer;
    private bool _disposed;

    private GraphStore(string storeId, string? directory, GraphStoreOptions options, StoreLock? storeLock)
    {
        StoreId = storeId;
        Directory = directory;
        _options = options;
        _lock = storeLock;
        _root = new StoreState { LabelSets = new LabelSetTable() };
    }

    /// <summary>The store id in element ids (<c>4:&lt;StoreId&gt;:&lt;n&gt;</c>); stable for a data directory.</summary>
    public string StoreId { get; }

    /// <summary>The data directory, or null for an in-memory store.</summary>
    public string? Directory { get; }

    /// <summary>Warnings from opening (e.g. a torn journal tail that was dropped).</summary>
    public IReadOnlyList<string> RecoveryWarnings => _warnings;

    /// <summary>The id of the last committed transaction.</summary>
    public long LastCommittedTransactionId => Volatile.Read(ref _root).TxId;

    /// <summary>A store that lives in memory only (tests, scratch work).</summary>
    public static GraphStore CreateInMemory(GraphStoreOptions? options = null) =>
        new(Guid.NewGuid().ToString(), null, options ?? GraphStoreOptions.Default, null);

    /// <summary>
    /// Opens (or creates) the store in <paramref name="directory"/>: takes the directory lock
    /// (<see cref="StoreLockedException"/> if another process has it), loads the latest checkpoint,
    /// replays the journal, drops a torn last record with a warning, and fails with
    /// <see cref="StorageCorruptionException"/> (naming file and offset) on any other damage.
    /// </summary>
    public static GraphStore Open(string directory, GraphStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        options ??= GraphStoreOptions.Default;
        directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(directory);
        var storeLock = StoreLock.Acquire(directory);
        try
        {
            return Recovery.Open(directory, options, storeLock, (id, lk) => new GraphStore(id, directory, options, lk));
        }
        catch
        {
            storeLock.Dispose();
            throw;
        }
    }

    /// <summary>An immutable view of the latest committed state. Cheap (no copying); never blocks.</summary>
    public GraphSnapshot Snapshot()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new GraphSnapshot(this, Volatile.Read(ref _root));
    }

    /// <summary>
    /// Starts the write transaction, waiting up to <paramref name="timeout"/> (default
    /// <see cref="GraphStoreOptions.WriteLockTimeout"/>) for the running one to finish; throws
    /// <c>Neo.TransientError.Transaction.LockAcquisitionTimeout</c> after that.
    /// </summary>
    public WriteTransaction BeginWrite(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var wait = timeout ?? _options.WriteLockTimeout;
        if (!_writeLock.Wait(wait, cancellationToken))
        {
            throw new CypherException(
                Neo4jStatusCodes.LockAcquisitionTimeout,
                $"Could not start a write transaction within {wait.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s: another write transaction is still running. Retry when it has finished."
            );
        }
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer = new WriteTransaction(this, Volatile.Read(ref _root), _journal);
            return _writer;
        }
        catch
        {
            _writeLock.Release();
            throw;
        }
    }

    /// <summary>Writes a checkpoint of the current state and starts a new journal (no-op in memory).</summary>
    public void Checkpoint()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writeLock.Wait();
        try
        {
            CheckpointLocked();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    internal void Log(StorageLogLevel level, string message)
    {
        if (level == StorageLogLevel.Warning)
        {
            _warnings.Add(message);
        }
        _options.Log?.Invoke(level, message);
    }

    internal void AttachJournal(JournalWriter journal) => _journal = journal;

    internal void SetRoot(StoreState state) => Volatile.Write(ref _root, state);

    internal GraphStoreOptions Options => _options;

    internal StoreState Root => Volatile.Read(ref _root);

    internal WriteTransaction BeginReplay()
    {
        var tx = new WriteTransaction(this, Volatile.Read(ref _root), null) { Replaying = true };
        _writeLock.Wait();
        _writer = tx;
        return tx;
    }

    internal void Publish(WriteTransaction tx, StoreState state)
    {
        Debug.Assert(ReferenceEquals(tx, _writer), "only the current writer publishes");
        Volatile.Write(ref _root, state);
        try
        {
            if (_journal is not null && _journal.Length > _options.CheckpointJournalBytes)
            {
                CheckpointLocked();
            }
        }
        finally
        {
            ReleaseWriter(tx);
        }
    }

    internal void ReleaseWriter(WriteTransaction tx)
    {
        if (ReferenceEquals(tx, _writer))
        {
            _writer = null;
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Writes a bulk-built state as the temporary checkpoint of its transaction (fsynced when commits
    /// are), without installing it; null for an in-memory store. Runs while the writer builds indexes.
    /// </summary>
    internal string? PrepareBulkCheckpoint(StoreState state)
    {
        if (Directory is null)
        {
            return null;
        }
        try
        {
            return CheckpointWriter.WriteTemporary(
                Directory,
                StoreId,
                new GraphSnapshot(this, state),
                _options.SyncOnCommit
            );
        }
        catch
        {
            DiscardBulkCheckpoint(CheckpointWriter.TemporaryPath(Directory, state.TxId));
            throw;
        }
    }

    /// <summary>
    /// Installs a prepared bulk checkpoint (rename: from here on recovery loads it) and starts a new
    /// journal after it. Called by the writer holding the write lock, before it publishes the state.
    /// A failure after the rename only leaves older files behind (logged).
    /// </summary>
    internal void InstallBulkCheckpoint(string tmp, long txId)
    {
        if (Directory is null)
        {
            return;
        }
        var path = CheckpointWriter.Install(Directory, tmp, _options.SyncOnCommit);
        try
        {
            FinishCheckpoint(path, txId);
        }
        catch (IOException e)
        {
            Log(
                StorageLogLevel.Warning,
                "The bulk import is durable in " + path + ", but rotating the journal failed: " + e.Message
            );
        }
    }

    internal static void DiscardBulkCheckpoint(string? tmp)
    {
        if (tmp is null)
        {
            return;
        }
        try
        {
            File.Delete(tmp);
        }
        catch (IOException)
        {
            // recovery deletes stray temporary files too
        }
    }

    private void CheckpointLocked()
    {
        if (Directory is null || _journal is null)
        {
            return;
        }
        var snapshot = new GraphSnapshot(this, Volatile.Read(ref _root));
        var path = CheckpointWriter.Write(Directory, StoreId, snapshot, _options.SyncOnCommit);
        FinishCheckpoint(path, snapshot.TransactionId);
    }

    private void FinishCheckpoint(string path, long txId)
    {
        if (Directory is null || _journal is null)
        {
            return;
        }
        _journal.Rotate(StoreFiles.Journal(Directory, txId + 1), StoreId, txId + 1);
        if (_options.SyncOnCommit)
        {
            DirectorySync.Sync(Directory);
        }
        foreach (var (n, old) in StoreFiles.List(Directory, StoreFiles.JournalPrefix, StoreFiles.JournalSuffix))
        {
            if (n <= txId)
            {
                File.Delete(old);
            }
        }
        foreach (var (n, old) in StoreFiles.List(Directory, StoreFiles.CheckpointPrefix, StoreFiles.CheckpointSuffix))
        {
            if (n < txId)
            {
                File.Delete(old);
            }
        }
        Log(
            StorageLogLevel.Information,
            $"Checkpoint at transaction {txId.ToString(CultureInfo.InvariantCulture)} written to {path}."
        );
    }

    /// <summary>Waits for the running write transaction, optionally checkpoints, closes files and releases the directory lock.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _writeLock.Wait(_options.WriteLockTimeout);
        try
        {
            if (_journal is not null && _journal.Length > _options.CheckpointOnCloseBytes)
            {
                try
                {
                    CheckpointLocked();
                }
                catch (IOException e)
                {
                    Log(
                        StorageLogLevel.Warning,
                        "Checkpoint on close failed (the journal keeps every commit): " + e.Message
                    );
                }
            }
            _journal?.Dispose();
            _journal = null;
            _lock?.Dispose();
        }
        finally
        {
            _disposed = true;
            _writeLock.Release();
        }
    }
}
