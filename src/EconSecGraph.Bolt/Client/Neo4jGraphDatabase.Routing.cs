using System.Collections.Concurrent;
using EconSecGraph.Bolt.Messages;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Client;

public sealed partial class Neo4jGraphDatabase
{
    private readonly ConcurrentDictionary<string, RoutingTable> _tables = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refresh = new(1, 1);

    /// <summary>
    /// A connection for <paramref name="mode"/>: the seed server for <c>bolt://</c>; for <c>neo4j://</c> a reader or
    /// writer from the routing table, refreshed by ROUTE when it expired or lacks the role.
    /// </summary>
    private async Task<ConnectionLease> AcquireAsync(
        AccessMode mode,
        string? database,
        IReadOnlyList<string>? bookmarks,
        CancellationToken cancellationToken
    )
    {
        if (!_uri.Routing)
        {
            return await Pool(_uri.Address).AcquireAsync(database, cancellationToken);
        }
        var table = await TableAsync(mode, database, bookmarks, cancellationToken);
        CypherException? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var address = table.Select(mode);
            if (address is null)
            {
                table = await RefreshAsync(mode, database, bookmarks, cancellationToken);
                continue;
            }
            try
            {
                return await Pool(address.Value).AcquireAsync(table.Database, cancellationToken);
            }
            catch (CypherException ex)
                when (string.Equals(ex.Code, Neo4jStatusCodes.ServiceUnavailable, StringComparison.Ordinal))
            {
                last = ex;
                table.Forget(address.Value);
            }
        }
        throw ClientErrors.NoServers(mode == AccessMode.Read ? "reader" : "writer", database ?? "(home)", last);
    }

    private async Task<RoutingTable> TableAsync(
        AccessMode mode,
        string? database,
        IReadOnlyList<string>? bookmarks,
        CancellationToken cancellationToken
    )
    {
        if (_tables.TryGetValue(database ?? HomeDatabase, out var table) && !table.IsStaleFor(mode))
        {
            return table;
        }
        return await RefreshAsync(mode, database, bookmarks, cancellationToken);
    }

    /// <summary>Asks the known routers (then the seed address) for a fresh table, one refresh at a time.</summary>
    private async Task<RoutingTable> RefreshAsync(
        AccessMode mode,
        string? database,
        IReadOnlyList<string>? bookmarks,
        CancellationToken cancellationToken
    )
    {
        var key = database ?? HomeDatabase;
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_tables.TryGetValue(key, out var current) && !current.IsStaleFor(mode))
            {
                return current; // another caller refreshed it meanwhile
            }
            var routers = new List<ServerAddress>();
            if (current is not null)
            {
                routers.AddRange(current.Routers);
            }
            if (!routers.Contains(_uri.Address))
            {
                routers.Add(_uri.Address);
            }
            Exception? last = null;
            foreach (var router in routers)
            {
                try
                {
                    var table = await RouteAsync(
                        router,
                        database,
                        bookmarks ?? _bookmarks.GetValueOrDefault(key) ?? [],
                        cancellationToken
                    );
                    _tables[key] = table;
                    if (database is null)
                    {
                        _tables.TryAdd(table.Database, table);
                    }
                    return table;
                }
                catch (CypherException ex)
                    when (string.Equals(ex.Code, Neo4jStatusCodes.ServiceUnavailable, StringComparison.Ordinal))
                {
                    last = ex;
                }
            }
            throw ClientErrors.NoServers("routing", database ?? "(home)", last);
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<RoutingTable> RouteAsync(
        ServerAddress router,
        string? database,
        IReadOnlyList<string> bookmarks,
        CancellationToken cancellationToken
    )
    {
        var lease = await Pool(router).AcquireAsync(database, cancellationToken);
        try
        {
            var connection = lease.Connection;
            var context = new CypherMap(
                _uri.RoutingContext.Select(kv => new KeyValuePair<string, CypherValue>(kv.Key, kv.Value))
            );
            connection.Enqueue(new RouteMessage(context, bookmarks, MessageFields.Map(("db", database))));
            await connection.FlushAsync(cancellationToken);
            var success = await connection.ExpectSuccessAsync(cancellationToken);
            if (success.Metadata.GetOrNull("rt") is not CypherMap rt)
            {
                throw ClientErrors.Protocol(router, "ROUTE's SUCCESS has no routing table 'rt'.");
            }
            var table = RoutingTable.Parse(rt, database);
            if (table.Routers.Count == 0)
            {
                throw ClientErrors.NoServers("routing", table.Database);
            }
            return table;
        }
        finally
        {
            await lease.ReleaseAsync();
        }
    }

    private void Forget(ServerAddress address)
    {
        foreach (var table in _tables.Values)
        {
            table.Forget(address);
        }
    }

    private void ForgetWriter(ServerAddress address)
    {
        foreach (var table in _tables.Values)
        {
            table.ForgetWriter(address);
        }
    }
}
