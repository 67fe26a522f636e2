namespace EconSecGraph.Bolt.Client;

/// <summary>A connection borrowed from a pool until <see cref="ReleaseAsync"/>.</summary>
internal sealed class ConnectionLease(ConnectionPool pool, BoltClientConnection connection, bool reused)
{
    private int _released;

    public BoltClientConnection Connection { get; } = connection;

    public ServerAddress Address => pool.Address;

    /// <summary>The connection was idle in the pool before (it may have been closed by the server meanwhile).</summary>
    public bool Reused { get; } = reused;

    /// <summary>The database requests on this lease name (resolved from routing when the user named none).</summary>
    public string? Database { get; init; }

    public Task ReleaseAsync() =>
        Interlocked.Exchange(ref _released, 1) == 0 ? pool.ReleaseAsync(Connection) : Task.CompletedTask;
}
