using EconSecGraph.Bolt.Messages;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using Record = EconSecGraph.Graph.Database.Record;

namespace EconSecGraph.Bolt.Client;

/// <summary>
/// Records of one query, pulled in batches of the fetch size. An auto-commit result owns its connection and
/// gives it back once the summary has arrived; a transaction's result shares the transaction's.
/// </summary>
internal sealed class Neo4jQueryResult : IQueryResult
{
    private readonly Neo4jGraphDatabase _database;
    private readonly ConnectionLease _lease;
    private readonly Query _query;
    private readonly bool _ownsLease;
    private readonly long _fetchSize;
    private readonly string[] _keys;
    private readonly Queue<Record> _buffered = new();
    private readonly TimeSpan? _availableAfter;
    private bool _pullPending = true;
    private ResultSummary? _summary;
    private CypherException? _error;

    public Neo4jQueryResult(
        Neo4jGraphDatabase database,
        ConnectionLease lease,
        Query query,
        SuccessMessage runSuccess,
        bool ownsLease,
        long fetchSize
    )
    {
        _database = database;
        _lease = lease;
        _query = query;
        _ownsLease = ownsLease;
        _fetchSize = fetchSize;
        _keys =
        [
            .. (runSuccess.Metadata.GetOrNull("fields") as CypherList ?? CypherList.Empty)
                .OfType<CypherString>()
                .Select(s => s.Value),
        ];
        _availableAfter = runSuccess.Metadata.GetOrNull("t_first") is CypherInteger t
            ? TimeSpan.FromMilliseconds(t.Value)
            : null;
    }

    public IReadOnlyList<string> Keys => _keys;

    /// <summary>True once the summary (or a failure) has arrived: the connection is free for other requests.</summary>
    public bool IsDetached => _summary is not null || _error is not null;

    public async ValueTask<Record?> NextAsync(CancellationToken cancellationToken = default)
    {
        if (_buffered.TryDequeue(out var buffered))
        {
            return buffered;
        }
        if (_summary is not null)
        {
            return null;
        }
        ThrowIfFailed();
        return await ReadRecordAsync(pullMore: true, cancellationToken);
    }

    public async Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _buffered.Clear();
        while (_summary is null)
        {
            ThrowIfFailed();
            if (!_pullPending)
            {
                // records remain on the server: drop them all in one go
                _lease.Connection.Enqueue(new DiscardMessage(DiscardMessage.All));
                await _lease.Connection.FlushAsync(cancellationToken);
                _pullPending = true;
            }
            await ReadRecordAsync(pullMore: false, cancellationToken);
        }
        return _summary;
    }

    /// <summary>Reads the rest into memory so the transaction can send its next request.</summary>
    public async Task BufferAsync(CancellationToken cancellationToken)
    {
        while (_summary is null && _error is null)
        {
            if (await ReadRecordAsync(pullMore: true, cancellationToken) is { } record)
            {
                _buffered.Enqueue(record);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_summary is null && _error is null && !_lease.Connection.IsBroken)
            {
                await ConsumeAsync(CancellationToken.None);
            }
        }
        catch (CypherException)
        {
            // the error was the caller's to see while reading; disposing only frees the connection
        }
        finally
        {
            if (_ownsLease)
            {
                await _lease.ReleaseAsync();
            }
        }
    }

    private async Task<Record?> ReadRecordAsync(bool pullMore, CancellationToken cancellationToken)
    {
        var connection = _lease.Connection;
        while (true)
        {
            if (!_pullPending)
            {
                connection.Enqueue(new PullMessage(_fetchSize));
                await connection.FlushAsync(cancellationToken);
                _pullPending = true;
            }
            BoltMessage message;
            try
            {
                message = await connection.ReceiveAsync(cancellationToken);
            }
            catch (CypherException ex)
            {
                await FailAsync(_database.OnError(ex, _lease));
                throw _error!;
            }
            switch (message)
            {
                case RecordMessage record:
                    if (record.Values.Count != _keys.Length)
                    {
                        throw connection.Unexpected(record);
                    }
                    return new Record(_keys, [.. record.Values]);
                case SuccessMessage success
                    when success.Metadata.GetOrNull("has_more") is CypherBoolean { Value: true }:
                    _pullPending = false;
                    if (!pullMore)
                    {
                        return null; // consuming: the caller discards the rest
                    }
                    break;
                case SuccessMessage success:
                    _pullPending = false;
                    await CompleteAsync(success);
                    return null;
                case FailureMessage failure:
                    _pullPending = false;
                    await FailAsync(_database.OnError(ErrorMapping.FromFailure(failure.Metadata), _lease));
                    throw _error!;
                case IgnoredMessage:
                    _pullPending = false;
                    await FailAsync(
                        new CypherException(
                            Neo4jStatusCodes.RequestInvalid,
                            "The server ignored the request because an earlier one in the transaction failed."
                        )
                    );
                    throw _error!;
                default:
                    throw connection.Unexpected(message);
            }
        }
    }

    private async Task CompleteAsync(SuccessMessage success)
    {
        var connection = _lease.Connection;
        _summary = SummaryMetadata.Parse(
            success.Metadata,
            _query,
            new Graph.Database.ServerInfo(
                connection.ServerAgent,
                _lease.Address.ToString(),
                connection.Version.ToString()
            ),
            _availableAfter
        );
        if (_ownsLease)
        {
            _database.Bookmark(_lease.Database, _summary.Bookmark);
            await _lease.ReleaseAsync();
        }
    }

    private async Task FailAsync(CypherException error)
    {
        _error = error;
        if (_ownsLease)
        {
            await _lease.ReleaseAsync();
        }
    }

    private void ThrowIfFailed()
    {
        if (_error is not null)
        {
            throw _error;
        }
    }
}
