using EconSecGraph.Bolt.Messages;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Client;

/// <summary>An explicit transaction on one connection: BEGIN … RUN/PULL … COMMIT or ROLLBACK.</summary>
internal sealed class Neo4jTransaction(Neo4jGraphDatabase database, ConnectionLease lease, long fetchSize)
    : IGraphTransaction
{
    private Neo4jQueryResult? _current;
    private bool _finished;
    private bool _failed;

    public async Task<IQueryResult> RunAsync(Query query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ThrowIfUnusable();
        try
        {
            await DetachCurrentAsync(cancellationToken);
            var connection = lease.Connection;
            var parameters = query.Parameters as CypherMap ?? new CypherMap(query.Parameters);
            connection.Enqueue(new RunMessage(query.Text, parameters, CypherMap.Empty));
            connection.Enqueue(new PullMessage(fetchSize));
            await connection.FlushAsync(cancellationToken);
            var success = await connection.ExpectSuccessAsync(cancellationToken);
            _current = new Neo4jQueryResult(database, lease, query, success, ownsLease: false, fetchSize);
            return _current;
        }
        catch (CypherException ex)
        {
            _failed = true;
            throw database.OnError(ex, lease);
        }
    }

    public async Task<string?> CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfUnusable();
        try
        {
            await DetachCurrentAsync(cancellationToken);
            var connection = lease.Connection;
            connection.Enqueue(CommitMessage.Instance);
            await connection.FlushAsync(cancellationToken);
            var success = await connection.ExpectSuccessAsync(cancellationToken);
            _finished = true;
            var bookmark = (success.Metadata.GetOrNull("bookmark") as CypherString)?.Value;
            database.Bookmark(lease.Database, bookmark);
            return bookmark;
        }
        catch (CypherException ex)
        {
            _failed = true;
            throw database.OnError(ex, lease);
        }
        finally
        {
            if (_finished || _failed)
            {
                await lease.ReleaseAsync();
            }
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_finished)
        {
            return;
        }
        _finished = true;
        try
        {
            // after a failure the server has already rolled back; RESET on release cleans up
            if (!_failed && !lease.Connection.IsBroken)
            {
                if (_current is { IsDetached: false } current)
                {
                    await current.ConsumeAsync(cancellationToken); // its records are not wanted any more
                }
                lease.Connection.Enqueue(RollbackMessage.Instance);
                await lease.Connection.FlushAsync(cancellationToken);
                await lease.Connection.ExpectSuccessAsync(cancellationToken);
            }
        }
        catch (CypherException ex)
        {
            throw database.OnError(ex, lease);
        }
        finally
        {
            await lease.ReleaseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            try
            {
                await RollbackAsync(CancellationToken.None);
            }
            catch (CypherException)
            {
                // the connection is released (or closed) either way
            }
        }
    }

    /// <summary>The connection is needed for another request: read the open result's rest into memory.</summary>
    private async Task DetachCurrentAsync(CancellationToken cancellationToken)
    {
        if (_current is { IsDetached: false } current)
        {
            await current.BufferAsync(cancellationToken);
        }
    }

    private void ThrowIfUnusable()
    {
        if (_finished)
        {
            throw new CypherException(
                Neo4jStatusCodes.TransactionNotFound,
                "The transaction has already been committed or rolled back; begin a new one."
            );
        }
        if (_failed)
        {
            throw new CypherException(
                Neo4jStatusCodes.TransactionTerminated,
                "The transaction failed earlier and was rolled back by the server; roll it back and begin a new one."
            );
        }
    }
}
