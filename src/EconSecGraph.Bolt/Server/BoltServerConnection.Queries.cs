using System.Diagnostics;
using EconSecGraph.Bolt.Messages;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Server;

public sealed partial class BoltServerConnection
{
    private OpenResult? _autoResult;
    private IGraphTransaction? _transaction;
    private string _transactionDatabase = string.Empty;
    private readonly SortedDictionary<long, OpenResult> _transactionResults = [];
    private long _nextQid;
    private long _lastQid = -1;

    private async Task<bool> HandleReadyAsync(BoltMessage message)
    {
        switch (message)
        {
            case RunMessage run:
            {
                var settings = TransactionSettings.Parse(run.Extra, "RUN");
                var (config, database) = ToConfig(settings);
                var query = new Query(run.Query, run.Parameters);
                var started = Stopwatch.GetTimestamp();
                var result = await WhenReadyAsync(_database.RunAsync(query, config, OperationToken));
                _autoResult = new OpenResult(result, query, database);
                _state = BoltServerState.Streaming;
                Send(new SuccessMessage(RunMetadata(result, started, qid: null)));
                return true;
            }
            case BeginMessage begin:
            {
                var settings = TransactionSettings.Parse(begin.Extra, "BEGIN");
                var (config, database) = ToConfig(settings);
                _transaction = await WhenReadyAsync(_database.BeginTransactionAsync(config, OperationToken));
                _transactionDatabase = database;
                _nextQid = 0;
                _lastQid = -1;
                _state = BoltServerState.TxReady;
                Send(new SuccessMessage(CypherMap.Empty));
                return true;
            }
            case RouteMessage route:
                HandleRoute(route);
                return true;
            case TelemetryMessage:
                Send(new SuccessMessage(CypherMap.Empty));
                return true;
            case LogoffMessage when _version.HasLogon:
                HandleLogoff();
                return true;
            default:
                return Violation(message, "RUN, BEGIN, ROUTE, TELEMETRY, LOGOFF, RESET or GOODBYE");
        }
    }

    private async Task<bool> HandleStreamingAsync(BoltMessage message)
    {
        var open = _autoResult ?? throw new UnreachableException("STREAMING without a result.");
        switch (message)
        {
            case PullMessage pull:
                await StreamAsync(open, pull.N, discard: false, autoCommit: true);
                return true;
            case DiscardMessage discard:
                await StreamAsync(open, discard.N, discard: true, autoCommit: true);
                return true;
            case TelemetryMessage:
                Send(new SuccessMessage(CypherMap.Empty));
                return true;
            default:
                return Violation(message, "PULL, DISCARD, RESET or GOODBYE");
        }
    }

    private async Task<bool> HandleTransactionAsync(BoltMessage message)
    {
        var tx = _transaction ?? throw new UnreachableException("TX_READY without a transaction.");
        switch (message)
        {
            case RunMessage run:
            {
                var query = new Query(run.Query, run.Parameters);
                var started = Stopwatch.GetTimestamp();
                var result = await WhenReadyAsync(tx.RunAsync(query, OperationToken));
                var qid = _nextQid++;
                _transactionResults[qid] = new OpenResult(result, query, _transactionDatabase);
                _lastQid = qid;
                _state = BoltServerState.TxStreaming;
                Send(new SuccessMessage(RunMetadata(result, started, qid)));
                return true;
            }
            case PullMessage pull:
                await StreamTransactionResultAsync(pull.Qid, pull.N, discard: false);
                return true;
            case DiscardMessage discard:
                await StreamTransactionResultAsync(discard.Qid, discard.N, discard: true);
                return true;
            case CommitMessage:
            {
                foreach (var open in _transactionResults.Values)
                {
                    await open.Result.ConsumeAsync(OperationToken);
                    await open.Result.DisposeAsync();
                }
                _transactionResults.Clear();
                var bookmark = await WhenReadyAsync(tx.CommitAsync(OperationToken));
                _transaction = null;
                await tx.DisposeAsync();
                _state = BoltServerState.Ready;
                Send(new SuccessMessage(MessageFields.Map(("bookmark", bookmark))));
                return true;
            }
            case RollbackMessage:
                await CloseWorkAsync();
                _state = BoltServerState.Ready;
                Send(new SuccessMessage(CypherMap.Empty));
                return true;
            case TelemetryMessage:
                Send(new SuccessMessage(CypherMap.Empty));
                return true;
            default:
                return Violation(message, "RUN, PULL, DISCARD, COMMIT, ROLLBACK, RESET or GOODBYE");
        }
    }

    private async Task StreamTransactionResultAsync(long qid, long n, bool discard)
    {
        var id = qid == -1 ? _lastQid : qid;
        if (!_transactionResults.TryGetValue(id, out var open))
        {
            throw new CypherException(
                Neo4jStatusCodes.RequestInvalid,
                $"There is no open result with qid {qid} in this transaction; its results are already consumed."
            );
        }
        if (await StreamAsync(open, n, discard, autoCommit: false))
        {
            _transactionResults.Remove(id);
            await open.Result.DisposeAsync();
        }
        _state = _transactionResults.Count > 0 ? BoltServerState.TxStreaming : BoltServerState.TxReady;
    }

    /// <summary>
    /// Sends up to <paramref name="n"/> records (or drops them), then SUCCESS with <c>has_more</c> or the
    /// summary. Returns true when the result is finished.
    /// </summary>
    private async Task<bool> StreamAsync(OpenResult open, long n, bool discard, bool autoCommit)
    {
        var token = OperationToken;
        if (discard && n == DiscardMessage.All)
        {
            open.Peeked = null;
            return await FinishAsync(open, autoCommit, token);
        }
        long sent = 0;
        while (n == PullMessage.All || sent < n)
        {
            var record = open.Peeked ?? await WhenReadyAsync(open.Result.NextAsync(token));
            open.Peeked = null;
            if (record is null)
            {
                return await FinishAsync(open, autoCommit, token);
            }
            if (!discard)
            {
                Send(new RecordMessage(record.Values));
                if (_transport.Output.UnflushedBytes > FlushThreshold)
                {
                    await _transport.Output.FlushAsync(token);
                }
            }
            sent++;
        }
        open.Peeked = await WhenReadyAsync(open.Result.NextAsync(token));
        if (open.Peeked is null)
        {
            return await FinishAsync(open, autoCommit, token);
        }
        Send(new SuccessMessage(MessageFields.Map(("has_more", true))));
        return false;
    }

    private async Task<bool> FinishAsync(OpenResult open, bool autoCommit, CancellationToken token)
    {
        var summary = await WhenReadyAsync(open.Result.ConsumeAsync(token));
        if (autoCommit)
        {
            _autoResult = null;
            await open.Result.DisposeAsync(); // commits the auto-commit transaction
            _state = BoltServerState.Ready;
        }
        Send(new SuccessMessage(SummaryMetadata.Build(summary, open.Database, autoCommit, _version)));
        return true;
    }

    private void HandleRoute(RouteMessage route)
    {
        var settings = TransactionSettings.Parse(route.Extra, "ROUTE");
        var database = CheckDatabase(settings.Database);
        var address =
            MessageFields.GetString(route.Routing, "address", "ROUTE routing")
            ?? _options.AdvertisedAddress
            ?? _localAddress
            ?? "127.0.0.1:7687";
        CypherValue Server(string role) =>
            MessageFields.Map(("addresses", MessageFields.Strings([address])), ("role", role));
        var table = MessageFields.Map(
            ("ttl", _options.RoutingTtlSeconds),
            ("db", database),
            ("servers", CypherList.Wrap([Server("ROUTE"), Server("READ"), Server("WRITE")]))
        );
        Send(new SuccessMessage(MessageFields.Map(("rt", table))));
    }

    private static CypherMap RunMetadata(IQueryResult result, long started, long? qid) =>
        MessageFields.Map(
            ("fields", MessageFields.Strings(result.Keys)),
            ("t_first", (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds),
            ("qid", qid is { } q ? (CypherValue)q : null)
        );

    private (TransactionConfig Config, string Database) ToConfig(TransactionSettings settings)
    {
        if (settings.ImpersonatedUser is not null)
        {
            throw new CypherException(
                Neo4jStatusCodes.Forbidden,
                "Impersonation (imp_user) is not supported by this server; connect as that user instead."
            );
        }
        var database = CheckDatabase(settings.Database);
        var config = new TransactionConfig
        {
            AccessMode = _options.ReadOnly ? AccessMode.Read : settings.AccessMode,
            Timeout = settings.Timeout,
            Database = database,
            Metadata = settings.Metadata,
            Bookmarks = settings.Bookmarks.Count > 0 ? settings.Bookmarks : null,
        };
        return (config, database);
    }

    private string CheckDatabase(string? name)
    {
        if (name is null || string.Equals(name, _options.DatabaseName, StringComparison.OrdinalIgnoreCase))
        {
            return _options.DatabaseName;
        }
        throw new CypherException(
            Neo4jStatusCodes.DatabaseNotFound,
            $"Database does not exist. Database name: '{name}'. This server serves only '{_options.DatabaseName}'."
        );
    }

    /// <summary>Abandons open results and rolls back an open transaction (FAILURE, RESET, ROLLBACK, close).</summary>
    private async Task CloseWorkAsync()
    {
        if (_autoResult is { } auto)
        {
            _autoResult = null;
            // As in Neo4j, an auto-commit query cut short by RESET, a failure or a dropped connection keeps nothing.
            await AbandonQuietlyAsync(auto.Result);
        }
        foreach (var open in _transactionResults.Values)
        {
            await AbandonQuietlyAsync(open.Result);
        }
        _transactionResults.Clear();
        if (_transaction is { } tx)
        {
            _transaction = null;
            try
            {
                await tx.RollbackAsync(CancellationToken.None);
            }
            catch (Exception ex) when (ex is CypherException or InvalidOperationException)
            {
                // already failed or finished: nothing to roll back
            }
            await DisposeQuietlyAsync(tx);
        }
    }

    private static async Task AbandonQuietlyAsync(IQueryResult result)
    {
        try
        {
            await result.AbandonAsync();
        }
        catch (Exception ex) when (ex is CypherException or InvalidOperationException or OperationCanceledException)
        {
            // the work is being abandoned; its own error was (or will be) reported
        }
    }

    private static async Task DisposeQuietlyAsync(IAsyncDisposable disposable)
    {
        try
        {
            await disposable.DisposeAsync();
        }
        catch (Exception ex) when (ex is CypherException or InvalidOperationException or OperationCanceledException)
        {
            // the work is being abandoned; its own error was (or will be) reported
        }
    }
}
