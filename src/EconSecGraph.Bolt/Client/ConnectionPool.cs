using System.Collections.Concurrent;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Bolt.Client;

/// <summary>Idle connections to one server, at most <see cref="Neo4jOptions.MaxConnectionPoolSize"/> in use or idle.</summary>
internal sealed class ConnectionPool(ServerAddress address, Neo4jUri uri, Neo4jOptions options) : IAsyncDisposable
{
    private readonly ConcurrentStack<BoltClientConnection> _idle = new();
    private readonly SemaphoreSlim _slots = new(options.MaxConnectionPoolSize, options.MaxConnectionPoolSize);
    private volatile bool _disposed;

    public ServerAddress Address { get; } = address;

    /// <summary>A connection ready for requests: an idle one, or a new one.</summary>
    public async Task<ConnectionLease> AcquireAsync(string? database, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!await _slots.WaitAsync(options.ConnectionAcquisitionTimeout, cancellationToken))
        {
            throw new CypherException(
                Neo4jStatusCodes.ServiceUnavailable,
                $"No connection to {Address} became free within {options.ConnectionAcquisitionTimeout} "
                    + $"(pool size {options.MaxConnectionPoolSize}); consume or dispose results and transactions, "
                    + "or raise Neo4j:MaxConnectionPoolSize."
            );
        }
        try
        {
            while (_idle.TryPop(out var idle))
            {
                if (!idle.IsBroken && DateTime.UtcNow - idle.CreatedAt < options.MaxConnectionLifetime)
                {
                    return new ConnectionLease(this, idle, reused: true) { Database = database };
                }
                await idle.DisposeAsync();
            }
            var connection = await BoltClientConnection.OpenAsync(Address, uri, options, cancellationToken);
            return new ConnectionLease(this, connection, reused: false) { Database = database };
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Takes a connection back: RESETs it when needed, or closes it when it is broken or old.</summary>
    public async Task ReleaseAsync(BoltClientConnection connection)
    {
        try
        {
            if (
                !_disposed
                && !connection.IsBroken
                && DateTime.UtcNow - connection.CreatedAt < options.MaxConnectionLifetime
            )
            {
                using var limit = new CancellationTokenSource(options.ConnectionTimeout);
                await connection.MakeReadyAsync(limit.Token);
                if (!connection.IsBroken)
                {
                    _idle.Push(connection);
                    return;
                }
            }
            await connection.DisposeAsync();
        }
        catch (Exception ex) when (ex is CypherException or OperationCanceledException)
        {
            await connection.DisposeAsync();
        }
        finally
        {
            _slots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryPop(out var idle))
        {
            await idle.DisposeAsync();
        }
    }
}
