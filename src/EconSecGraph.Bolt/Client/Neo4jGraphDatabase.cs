using System.Collections.Concurrent;
using EconSecGraph.Bolt.Messages;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using Microsoft.Extensions.Options;

namespace EconSecGraph.Bolt.Client;

/// <summary>
/// <see cref="IGraphDatabase"/> over Bolt: Neo4j 4.4/5.x/2025+ single servers (<c>bolt://</c>) and clusters or
/// Aura (<c>neo4j://</c>, with routing). Errors carry the server's status code, so
/// <see cref="CypherException.IsTransient"/> and the managed-transaction retries behave as with the embedded
/// engine; connection loss and routing failures are transient.
/// </summary>
public sealed partial class Neo4jGraphDatabase : IGraphDatabase
{
    private const string HomeDatabase = "";

    private readonly Neo4jOptions _options;
    private readonly Neo4jUri _uri;
    private readonly ConcurrentDictionary<ServerAddress, ConnectionPool> _pools = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _bookmarks = new(StringComparer.Ordinal);
    private volatile bool _disposed;

    public Neo4jGraphDatabase(Neo4jOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _uri = Neo4jUri.Parse(options.Uri);
    }

    public Neo4jGraphDatabase(IOptions<Neo4jOptions> options)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Value) { }

    public string Backend => "Neo4j";

    public async Task<ServerInfo> VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        var lease = await AcquireAsync(AccessMode.Read, _options.Database, null, cancellationToken);
        try
        {
            var connection = lease.Connection;
            return new ServerInfo(connection.ServerAgent, lease.Address.ToString(), connection.Version.ToString());
        }
        finally
        {
            await lease.ReleaseAsync();
        }
    }

    public async Task<IQueryResult> RunAsync(
        Query query,
        TransactionConfig? config = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(query);
        config ??= TransactionConfig.Default;
        for (var attempt = 0; ; attempt++)
        {
            var lease = await AcquireAsync(
                config.AccessMode,
                config.Database ?? _options.Database,
                config.Bookmarks,
                cancellationToken
            );
            var connection = lease.Connection;
            try
            {
                connection.Enqueue(
                    new RunMessage(query.Text, ToMap(query.Parameters), Settings(config, lease).ToExtra())
                );
                connection.Enqueue(new PullMessage(_options.FetchSize));
                await connection.FlushAsync(cancellationToken);
                var success = await connection.ExpectSuccessAsync(cancellationToken);
                return new Neo4jQueryResult(this, lease, query, success, ownsLease: true, _options.FetchSize);
            }
            catch (CypherException ex)
                when (lease.Reused && connection.IsBroken && attempt == 0 && !cancellationToken.IsCancellationRequested)
            {
                // an idle pooled connection the server had closed: nothing ran, try a fresh one
                await lease.ReleaseAsync();
                _ = ex;
            }
            catch (CypherException ex)
            {
                await lease.ReleaseAsync();
                throw OnError(ex, lease);
            }
            catch
            {
                await lease.ReleaseAsync();
                throw;
            }
        }
    }

    public async Task<IGraphTransaction> BeginTransactionAsync(
        TransactionConfig? config = null,
        CancellationToken cancellationToken = default
    )
    {
        config ??= TransactionConfig.Default;
        for (var attempt = 0; ; attempt++)
        {
            var lease = await AcquireAsync(
                config.AccessMode,
                config.Database ?? _options.Database,
                config.Bookmarks,
                cancellationToken
            );
            var connection = lease.Connection;
            try
            {
                connection.Enqueue(new BeginMessage(Settings(config, lease).ToExtra()));
                await connection.FlushAsync(cancellationToken);
                await connection.ExpectSuccessAsync(cancellationToken);
                return new Neo4jTransaction(this, lease, _options.FetchSize);
            }
            catch (CypherException)
                when (lease.Reused && connection.IsBroken && attempt == 0 && !cancellationToken.IsCancellationRequested)
            {
                await lease.ReleaseAsync();
            }
            catch (CypherException ex)
            {
                await lease.ReleaseAsync();
                throw OnError(ex, lease);
            }
            catch
            {
                await lease.ReleaseAsync();
                throw;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        foreach (var pool in _pools.Values)
        {
            await pool.DisposeAsync();
        }
        _pools.Clear();
    }

    /// <summary>Remembers the newest bookmark of a database for causal consistency of later transactions.</summary>
    internal void Bookmark(string? database, string? bookmark)
    {
        if (bookmark is not null)
        {
            _bookmarks[database ?? HomeDatabase] = [bookmark];
        }
    }

    /// <summary>
    /// Turns a server error into the one to throw: a leader change forgets the writer and becomes transient;
    /// a lost connection forgets the server.
    /// </summary>
    internal CypherException OnError(CypherException error, ConnectionLease lease)
    {
        if (ClientErrors.IsLeaderChange(error))
        {
            ForgetWriter(lease.Address);
            return ClientErrors.LeaderChanged(lease.Address, error);
        }
        if (
            lease.Connection.IsBroken
            && string.Equals(error.Code, Neo4jStatusCodes.ServiceUnavailable, StringComparison.Ordinal)
        )
        {
            Forget(lease.Address);
        }
        return error;
    }

    private TransactionSettings Settings(TransactionConfig config, ConnectionLease lease) =>
        new()
        {
            Bookmarks = config.Bookmarks ?? _bookmarks.GetValueOrDefault(lease.Database ?? HomeDatabase) ?? [],
            Timeout = config.Timeout ?? _options.DefaultTransactionTimeout,
            Metadata = config.Metadata,
            AccessMode = config.AccessMode,
            Database = lease.Database,
        };

    private static CypherMap ToMap(IReadOnlyDictionary<string, CypherValue> parameters) =>
        parameters as CypherMap ?? new CypherMap(parameters);

    private ConnectionPool Pool(ServerAddress address)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _pools.GetOrAdd(address, a => new ConnectionPool(a, _uri, _options));
    }
}
