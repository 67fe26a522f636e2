using EconSecGraph.Cypher.Planning;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Store;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Api;

/// <summary>
/// One transaction of the embedded engine (explicit or auto-commit): its snapshot or write session,
/// whether it holds data or schema changes, and whether a failed statement doomed it.
/// </summary>
internal sealed class TransactionState(EmbeddedGraphDatabase database, TransactionConfig config, bool autoCommit)
    : ITransactionBatches
{
    private enum WriteKind
    {
        None,
        Data,
        Schema,
    }

    private IReadSession? _read;
    private IWriteSession? _write;
    private WriteKind _kind;
    private EmbeddedQueryResult? _open;
    private Functions.FunctionContext? _functions;
    private IGraphView? _view;
    private readonly DateTime _started = DateTime.UtcNow;

    public bool AutoCommit { get; } = autoCommit;

    public bool Failed { get; private set; }

    public bool Closed { get; private set; }

    public TransactionConfig Config { get; } = config;

    public EmbeddedGraphDatabase Database { get; } = database;

    public EmbeddedQueryResult Run(Query query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Closed)
        {
            throw new CypherException(
                Neo4jStatusCodes.TransactionNotFound,
                "The transaction has been closed; start a new one."
            );
        }
        if (Failed)
        {
            throw new CypherException(
                Neo4jStatusCodes.TransactionTerminated,
                "The transaction has failed because an earlier statement in it failed; roll it back and start again."
            );
        }
        _open?.BufferRemaining();
        try
        {
            var compiled = Database.Compiler.Compile(query.Text);
            if (compiled.InTransactions && !AutoCommit && compiled.Mode != Syntax.Ast.StatementMode.Explain)
            {
                throw new CypherException(
                    Neo4jStatusCodes.TransactionStartFailed,
                    "A query with 'CALL { ... } IN TRANSACTIONS' can only be executed in an implicit transaction, but tried to execute in an explicit transaction. Run it as an auto-commit query (session.run) instead."
                );
            }
            foreach (var p in compiled.Parameters)
            {
                if (!query.Parameters.ContainsKey(p))
                {
                    throw new ParameterMissingException(p);
                }
            }
            var view = ViewFor(compiled, cancellationToken);
            _view = view;
            _functions ??= new Functions.FunctionContext(nodeLookup: id =>
                _view is { } v && v.NodeExists(id) ? new EngineNode(id, v) : null
            );
            _functions.BeginStatement();
            var context = new QueryContext(
                view,
                query.Parameters,
                Database.Services,
                RemainingTimeout(),
                Config.MaxResultRows ?? Database.Options.MaxBufferedRows,
                cancellationToken
            )
            {
                ReadOnly = Config.AccessMode == AccessMode.Read,
                Batches = AutoCommit && compiled.InTransactions ? this : null,
                FunctionContext = _functions,
                Profile = compiled.Mode == Syntax.Ast.StatementMode.Profile ? new ProfileStatistics() : null,
            };
            var result = new EmbeddedQueryResult(this, query, compiled, context);
            _open = result;
            result.Start();
            return result;
        }
        catch (CypherException)
        {
            Fail();
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Fail();
            throw new CypherException(
                Neo4jStatusCodes.UnknownError,
                "Internal error in the embedded engine: " + ex.Message,
                inner: ex
            );
        }
    }

    private TimeSpan? RemainingTimeout()
    {
        var timeout = Config.Timeout ?? Database.Options.DefaultTimeout;
        if (timeout is not { } t || t <= TimeSpan.Zero)
        {
            return null;
        }
        var left = t - (DateTime.UtcNow - _started);
        return left > TimeSpan.Zero ? left : TimeSpan.FromTicks(1);
    }

    private IGraphView ViewFor(CompiledQuery compiled, CancellationToken cancellationToken)
    {
        var readOnly = Config.AccessMode == AccessMode.Read;
        if (compiled.Writes && compiled.Mode != Syntax.Ast.StatementMode.Explain)
        {
            if (readOnly)
            {
                throw new AccessModeException(
                    compiled.IsSchemaCommand
                        ? "Schema operations are not allowed in read access mode."
                        : "Writing in read access mode not allowed. Attempted write to the graph."
                );
            }
            var kind = compiled.IsSchemaCommand ? WriteKind.Schema : WriteKind.Data;
            if (_kind != WriteKind.None && _kind != kind)
            {
                throw new CypherException(
                    Neo4jStatusCodes.ForbiddenDueToTransactionType,
                    kind == WriteKind.Schema
                        ? "Tried to execute a schema modification after executing Write queries in the same transaction. Run schema commands and data writes in separate transactions."
                        : "Tried to execute Write query after executing Schema modification in the same transaction. Run schema commands and data writes in separate transactions."
                );
            }
            _kind = kind;
            if (_write is null)
            {
                _write = Database.Backend.BeginWrite(RemainingTimeout(), cancellationToken);
            }
            return _write;
        }
        if (_write is not null)
        {
            return _write;
        }
        return _read ??= Database.Backend.BeginRead();
    }

    long ITransactionBatches.NextCommitNumber => Database.Backend.LastCommitted + 1;

    long ITransactionBatches.CommitBatch()
    {
        if (_write is null)
        {
            return Database.Backend.LastCommitted; // a read-only subquery: nothing to commit
        }
        var number = _write.CommitBatch();
        Database.Committed(number, schema: false);
        return number;
    }

    void ITransactionBatches.RollbackBatch() => _write?.RollbackBatch();

    /// <summary>Marks the transaction failed (a statement failed): it can only roll back now.</summary>
    public void Fail()
    {
        Failed = true;
        if (AutoCommit)
        {
            Rollback();
        }
    }

    public void ResultFinished(EmbeddedQueryResult result)
    {
        if (ReferenceEquals(_open, result))
        {
            _open = null;
        }
    }

    /// <summary>Commits; returns the bookmark (null when nothing was written).</summary>
    public string? Commit()
    {
        if (Closed)
        {
            throw new CypherException(Neo4jStatusCodes.TransactionNotFound, "The transaction has already been closed.");
        }
        if (Failed)
        {
            Rollback();
            throw new CypherException(
                Neo4jStatusCodes.TransactionTerminated,
                "The transaction cannot be committed because a statement in it failed; it has been rolled back."
            );
        }
        _open?.BufferRemaining();
        Closed = true;
        string? bookmark = null;
        try
        {
            if (_write is not null)
            {
                var number = _write.Commit();
                Database.Committed(number, _kind == WriteKind.Schema);
                bookmark = EmbeddedGraphDatabase.Bookmark(number);
            }
            else
            {
                bookmark = EmbeddedGraphDatabase.Bookmark(Database.Backend.LastCommitted);
            }
        }
        finally
        {
            Release();
        }
        return bookmark;
    }

    public void Rollback()
    {
        if (Closed)
        {
            return;
        }
        Closed = true;
        try
        {
            _write?.Rollback();
        }
        finally
        {
            Release();
        }
    }

    private void Release()
    {
        _write?.Dispose();
        _write = null;
        _read?.Dispose();
        _read = null;
    }
}
