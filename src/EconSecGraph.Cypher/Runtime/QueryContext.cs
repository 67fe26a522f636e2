using System.Diagnostics;
using EconSecGraph.Cypher.Procedures;
using EconSecGraph.Cypher.Store;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>Everything one running query needs besides its row: the graph, parameters, guards and statistics.</summary>
internal sealed class QueryContext
{
    private const int CheckInterval = 1024;
    private readonly long _deadline;
    private readonly TimeSpan? _timeout;
    private int _untilCheck = CheckInterval;

    public QueryContext(
        IGraphView graph,
        IReadOnlyDictionary<string, CypherValue> parameters,
        EngineServices services,
        TimeSpan? timeout,
        long maxBufferedRows,
        CancellationToken cancellation
    )
    {
        Graph = graph;
        Parameters = parameters;
        Services = services;
        Cancellation = cancellation;
        _timeout = timeout;
        _deadline = timeout is { } t
            ? Stopwatch.GetTimestamp() + (long)(t.TotalSeconds * Stopwatch.Frequency)
            : long.MaxValue;
        MaxBufferedRows = maxBufferedRows;
    }

    public IGraphView Graph { get; }

    /// <summary>Clocks, randomness and node lookup for library functions (one per transaction).</summary>
    public Functions.IFunctionContext FunctionContext { get; init; } = new Functions.FunctionContext();

    /// <summary>The writer when the transaction may write; null for read-only access.</summary>
    public IGraphWriter? Writer => Graph as IGraphWriter;

    public IReadOnlyDictionary<string, CypherValue> Parameters { get; }

    public EngineServices Services { get; }

    public ProcedureRegistry Procedures => Services.Procedures;

    public CancellationToken Cancellation { get; }

    public WriteCounters Counters { get; } = new();

    /// <summary>Store accesses so far (PROFILE's db hits).</summary>
    public long DbHits;

    public long MaxBufferedRows { get; }

    /// <summary>PROFILE figures, when profiling.</summary>
    public ProfileStatistics? Profile { get; init; }

    public long BufferedRows { get; private set; }

    /// <summary>Batch commits for CALL { … } IN TRANSACTIONS; null outside an auto-commit transaction.</summary>
    public ITransactionBatches? Batches { get; init; }

    /// <summary>Set by the transaction when writes must be refused (read access mode).</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Called in operator loops; checks cancellation and the deadline every few calls, cheaply.</summary>
    public void Tick()
    {
        if (--_untilCheck > 0)
        {
            return;
        }
        _untilCheck = CheckInterval;
        CheckNow();
    }

    public void CheckNow()
    {
        if (Cancellation.IsCancellationRequested)
        {
            throw new CypherException(
                Neo4jStatusCodes.TransactionTerminated,
                "The transaction has been terminated: the query was cancelled. Retry it, or simplify it if it takes too long."
            );
        }
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new CypherException(
                Neo4jStatusCodes.TransactionTimedOut,
                "The transaction has been terminated because it ran longer than its timeout of "
                    + _timeout!.Value.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " ms. Narrow the query (labels, LIMIT, indexes) or raise the timeout."
            );
        }
    }

    /// <summary>Accounts for <paramref name="rows"/> more rows held in memory by a buffering operator.</summary>
    public void Buffer(long rows = 1)
    {
        BufferedRows += rows;
        if (BufferedRows > MaxBufferedRows)
        {
            throw new CypherException(
                Neo4jStatusCodes.MemoryPoolOutOfMemory,
                "The query would hold more than "
                    + MaxBufferedRows.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " rows in memory (ORDER BY, DISTINCT, aggregation, collect, a buffered subquery, or result rows set aside until read). "
                    + "Add a LIMIT, aggregate earlier, or raise MaxBufferedRows."
            );
        }
        Tick();
    }

    public void Release(long rows) => BufferedRows = Math.Max(0, BufferedRows - rows);

    public IGraphWriter RequireWriter()
    {
        if (ReadOnly || Writer is null)
        {
            throw new AccessModeException();
        }
        return Writer;
    }
}
