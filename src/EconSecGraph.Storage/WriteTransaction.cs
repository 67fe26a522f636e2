using EconSecGraph.Graph.Errors;
using EconSecGraph.Storage.Durability;
using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage;

/// <summary>
/// The one write transaction a store runs at a time (<see cref="GraphStore.BeginWrite"/>). It reads
/// like a snapshot that also sees its own writes, and changes nothing anyone else can see until
/// <see cref="Commit"/> returns (durably, unless the store was opened with
/// <see cref="GraphStoreOptions.SyncOnCommit"/> off). Any failed operation marks the transaction
/// failed: it can then only be rolled back, as in Neo4j. Not thread-safe: one thread at a time.
/// Disposing without committing rolls back.
/// </summary>
public sealed partial class WriteTransaction : GraphView, IDisposable
{
    private readonly StoreState _state;
    private readonly StoreState _base;
    private readonly TxOverlay _tx;
    private readonly JournalWriter? _journal;
    private readonly List<long> _deletedNodes = [];
    private readonly ByteWriter _scratch = new();
    private bool _labelsOwned;
    private bool _typesOwned;
    private bool _keysOwned;
    private bool _countsOwned;
    private bool _labelIndexOwned;
    private bool _hasDataWrites;
    private bool _hasSchemaWrites;
    private bool _replaying;
    private Exception? _failure;
    private int _status; // 0 active, 1 committed, 2 rolled back

    internal WriteTransaction(GraphStore store, StoreState root, JournalWriter? journal)
        : base(store)
    {
        _base = root;
        _state = root.CloneForWrite();
        _state.TxId = root.TxId + 1;
        _tx = new TxOverlay(root.NextRelId);
        _journal = journal;
        _journal?.Begin(_state.TxId);
    }

    internal override StoreState S => _bulk ?? _state;

    // Once committed, the published state already holds every change: a cursor still reading through this
    // transaction (the outer part of a CALL { … } IN TRANSACTIONS query) reads it like a snapshot. A bulk
    // import's state is complete too (it has no overlay).
    internal override TxOverlay? Tx => _status == 1 || _bulk is not null ? null : _tx;

    public override long TransactionId => _base.TxId;

    /// <summary>True until the transaction committed or rolled back.</summary>
    public bool IsActive => _status == 0;

    /// <summary>True once an operation failed; the transaction can then only roll back.</summary>
    public bool IsFailed => _failure is not null;

    /// <summary>Replay mode: the journal is being re-applied at open (no journaling, no id checks by callers).</summary>
    internal bool Replaying
    {
        get => _replaying;
        set => _replaying = value;
    }

    // ---- tokens ----

    /// <summary>The id of the label, created if new (rolled back with the transaction).</summary>
    public int GetOrCreateLabelId(string name) =>
        GetOrCreate(ref _state.Labels, ref _labelsOwned, name, TxOp.LabelToken, "label");

    public int GetOrCreateRelationshipTypeId(string name) =>
        GetOrCreate(ref _state.Types, ref _typesOwned, name, TxOp.TypeToken, "relationship type");

    public int GetOrCreatePropertyKeyId(string name) =>
        GetOrCreate(ref _state.Keys, ref _keysOwned, name, TxOp.KeyToken, "property key");

    private int GetOrCreate(ref TokenTable table, ref bool owned, string name, byte op, string what)
    {
        ArgumentNullException.ThrowIfNull(name);
        EnsureActive();
        var id = table.GetId(name);
        if (id >= 0)
        {
            return id;
        }
        if (name.Length == 0)
        {
            Fail(new CypherArgumentException($"A {what} name cannot be empty."));
        }
        if (op == TxOp.TypeToken && table.Count >= ushort.MaxValue)
        {
            Fail(new CypherArgumentException($"Too many relationship types (at most {ushort.MaxValue})."));
        }
        if (!owned)
        {
            table = table.CloneForWrite();
            owned = true;
        }
        id = table.Add(name);
        if (_journal is not null && !_replaying)
        {
            var w = _journal.Ops;
            w.WriteByte(op);
            w.WriteVarUInt((ulong)id);
            w.WriteString(name);
            _journal.AfterOp();
        }
        return id;
    }

    // ---- lifecycle ----

    /// <summary>Makes every change visible to new snapshots, atomically and durably. On failure nothing changes.</summary>
    public void Commit()
    {
        EnsureActive();
        if (_failure is not null)
        {
            Rollback();
            throw new CypherException(
                Neo4jStatusCodes.TransactionTerminated,
                "The transaction has been rolled back because an earlier operation in it failed: " + _failure.Message,
                inner: _failure
            );
        }
        if (_bulk is not null)
        {
            CommitBulk(_bulk);
            return;
        }
        try
        {
            PrepareCommit();
        }
        catch
        {
            Rollback();
            throw;
        }
        try
        {
            _journal?.Commit(_state.TxId);
        }
        catch
        {
            Rollback();
            throw;
        }
        _state.Freeze();
        _status = 1;
        Store.Publish(this, _state);
    }

    /// <summary>Discards every change. Safe to call more than once.</summary>
    public void Rollback()
    {
        if (_status != 0)
        {
            return;
        }
        _status = 2;
        try
        {
            DiscardBulk();
            _journal?.Abort();
        }
        finally
        {
            Store.ReleaseWriter(this);
        }
    }

    public void Dispose() => Rollback();

    private void EnsureActive()
    {
        if (_status != 0)
        {
            throw new CypherException(
                Neo4jStatusCodes.TransactionNotFound,
                _status == 1
                    ? "The transaction has already been committed."
                    : "The transaction has been rolled back and cannot be used any more."
            );
        }
    }

    private void EnsureWritable(bool schema)
    {
        EnsureActive();
        if (_failure is not null)
        {
            throw new CypherException(
                Neo4jStatusCodes.TransactionTerminated,
                "The transaction has been marked as failed by an earlier error and must be rolled back: "
                    + _failure.Message,
                inner: _failure
            );
        }
        if (_replaying)
        {
            return;
        }
        EnsureNotBulk();
        if (schema && _hasDataWrites)
        {
            Fail(
                new CypherException(
                    Neo4jStatusCodes.ForbiddenDueToTransactionType,
                    "Tried to execute Schema modification after executing Write query. Run schema commands in their own transaction."
                )
            );
        }
        if (!schema && _hasSchemaWrites)
        {
            Fail(
                new CypherException(
                    Neo4jStatusCodes.ForbiddenDueToTransactionType,
                    "Tried to execute Write query after executing Schema modification. Run data changes in their own transaction."
                )
            );
        }
        if (schema)
        {
            _hasSchemaWrites = true;
        }
        else
        {
            _hasDataWrites = true;
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Fail(Exception error)
    {
        _failure ??= error;
        throw error;
    }

    private CountStore Counts()
    {
        if (!_countsOwned)
        {
            _state.Counts = _state.Counts.CloneForWrite();
            _countsOwned = true;
        }
        return _state.Counts;
    }

    private ref ChunkedBitmap LabelBits(int label)
    {
        if (!_labelIndexOwned)
        {
            _state.LabelIndex = (ChunkedBitmap[])_state.LabelIndex.Clone();
            _labelIndexOwned = true;
        }
        return ref _state.LabelBitmap(label);
    }
}
