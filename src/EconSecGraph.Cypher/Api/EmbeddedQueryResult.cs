using System.Diagnostics;
using EconSecGraph.Cypher.Planning;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Api;

/// <summary>
/// The records of one query, pulled lazily from the plan's cursor. Updating queries run to the end
/// when started (so their errors and counters are known), and so does PROFILE.
/// </summary>
internal sealed class EmbeddedQueryResult(
    TransactionState transaction,
    Query query,
    CompiledQuery compiled,
    QueryContext context
) : IQueryResult
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private CypherValue[] _row = [];
    private Cursor? _cursor;
    private IEnumerator<CypherValue[]>? _commandRows;
    private Queue<Record>? _buffer;
    private bool _exhausted;
    private bool _failed;
    private ResultSummary? _summary;
    private TimeSpan? _availableAfter;
    private long _produced;

    public IReadOnlyList<string> Keys => compiled.Columns;

    public void Start()
    {
        _row = new CypherValue[compiled.SlotCount];
        Array.Fill(_row, CypherNull.Instance);
        if (compiled.Mode == Syntax.Ast.StatementMode.Explain)
        {
            _exhausted = true;
        }
        else if (compiled.Command is not null)
        {
            _commandRows = compiled.Command(context).GetEnumerator();
            BufferRemaining();
        }
        else
        {
            _cursor = compiled.Root.Open(context, _row);
            if (compiled.Writes || compiled.Mode == Syntax.Ast.StatementMode.Profile)
            {
                BufferRemaining();
            }
        }
        _availableAfter = Stopwatch.GetElapsedTime(_started);
    }

    /// <summary>Reads every remaining record into memory (before the next statement of the transaction runs).</summary>
    public void BufferRemaining()
    {
        if (_exhausted && _buffer is null)
        {
            return;
        }
        var buffer = new Queue<Record>();
        while (Pull() is { } record)
        {
            buffer.Enqueue(record);
            try
            {
                // Rows set aside for the next statement (or an updating query's result) count toward the memory bound.
                context.Buffer();
            }
            catch (CypherException ex)
            {
                Rethrow(ex);
            }
        }
        if (_buffer is not null)
        {
            foreach (var r in buffer)
            {
                _buffer.Enqueue(r);
            }
        }
        else
        {
            _buffer = buffer;
        }
    }

    private Record? Pull()
    {
        if (_exhausted)
        {
            return null;
        }
        try
        {
            if (_commandRows is not null)
            {
                if (_commandRows.MoveNext())
                {
                    _produced++;
                    return new Record(compiled.Columns, _commandRows.Current);
                }
            }
            else
            {
                while (_cursor!.MoveNext())
                {
                    if (compiled.ColumnSlots.Length > 0)
                    {
                        _produced++;
                        return Record();
                    }
                }
            }
            _exhausted = true;
            transaction.ResultFinished(this);
            return null;
        }
        catch (Exception ex)
        {
            return Rethrow(ex);
        }
    }

    private Record Record()
    {
        var values = new CypherValue[compiled.ColumnSlots.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Materializer.Detach(_row[compiled.ColumnSlots[i]]);
        }
        return new Record(compiled.Columns, values);
    }

    private Record? Rethrow(Exception ex)
    {
        _exhausted = true;
        _failed = true;
        transaction.ResultFinished(this);
        transaction.Fail();
        if (ex is CypherException cypher)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(cypher).Throw();
        }
        if (
            ex
            is InvalidCastException
                or NullReferenceException
                or IndexOutOfRangeException
                or InvalidOperationException
                or ArgumentException
                or KeyNotFoundException
                or UnreachableException
                or InsufficientExecutionStackException
        )
        {
            throw new CypherException(
                Neo4jStatusCodes.UnknownError,
                "Internal error in the embedded engine: " + ex.Message,
                inner: ex
            );
        }
        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex).Throw();
        return null;
    }

    public ValueTask<Record?> NextAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_buffer is { Count: > 0 })
        {
            return ValueTask.FromResult<Record?>(_buffer.Dequeue());
        }
        return ValueTask.FromResult(Pull());
    }

    public Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        if (_summary is not null)
        {
            return Task.FromResult(_summary);
        }
        while (Pull() is not null) { }
        _buffer?.Clear();
        string? bookmark = null;
        if (transaction.AutoCommit && !_failed)
        {
            bookmark = transaction.Commit();
        }
        var counters = context.Counters.ToCounters();
        var plan = compiled.Mode switch
        {
            Syntax.Ast.StatementMode.Explain => Describe(null),
            Syntax.Ast.StatementMode.Profile => Describe(context.Profile),
            _ => null,
        };
        _summary = new ResultSummary
        {
            Query = query,
            QueryType =
                compiled.IsSchemaCommand && compiled.Writes ? QueryType.SchemaWrite
                : !compiled.Writes ? QueryType.ReadOnly
                : compiled.Columns.Count == 0 ? QueryType.WriteOnly
                : QueryType.ReadWrite,
            Counters = counters,
            Plan = plan,
            IsProfile = compiled.Mode == Syntax.Ast.StatementMode.Profile,
            ResultAvailableAfter = _availableAfter,
            ResultConsumedAfter = Stopwatch.GetElapsedTime(_started),
            Database = transaction.Database.Options.DatabaseName,
            Bookmark = bookmark,
            Server = transaction.Database.ServerInfo,
        };
        return Task.FromResult(_summary);
    }

    private PlanDescription Describe(ProfileStatistics? profile)
    {
        var inner = compiled.Root.Describe(profile);
        var args = new Dictionary<string, CypherValue>(StringComparer.Ordinal)
        {
            ["planner"] = "COST",
            ["runtime"] = "PIPELINED",
            ["Details"] = string.Join(", ", compiled.Columns),
        };
        var top = new PlanDescription("ProduceResults", args, compiled.Columns, [inner]);
        if (profile is not null)
        {
            // Every record the query produced went through ProduceResults (the buffer is drained by now).
            args["Rows"] = _produced;
            args["DbHits"] = 0L;
            top = top with { Rows = _produced, DbHits = 0 };
        }
        return top;
    }

    public ValueTask AbandonAsync()
    {
        if (_summary is not null)
        {
            return ValueTask.CompletedTask;
        }
        _buffer?.Clear();
        _exhausted = true;
        _failed = true;
        transaction.ResultFinished(this);
        if (transaction.AutoCommit)
        {
            transaction.Rollback();
        }
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_summary is null)
        {
            if (_failed)
            {
                transaction.ResultFinished(this);
                return;
            }
            await ConsumeAsync();
        }
    }
}
