using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Client;

/// <summary>The servers of one database by role, from a ROUTE answer, valid until <see cref="ExpiresAt"/>.</summary>
internal sealed class RoutingTable
{
    private readonly Lock _lock = new();
    private List<ServerAddress> _routers;
    private List<ServerAddress> _readers;
    private List<ServerAddress> _writers;
    private int _next;

    public RoutingTable(
        string database,
        List<ServerAddress> routers,
        List<ServerAddress> readers,
        List<ServerAddress> writers,
        DateTime expiresAt
    )
    {
        Database = database;
        _routers = routers;
        _readers = readers;
        _writers = writers;
        ExpiresAt = expiresAt;
    }

    public string Database { get; }

    public DateTime ExpiresAt { get; }

    public IReadOnlyList<ServerAddress> Routers
    {
        get
        {
            lock (_lock)
            {
                return [.. _routers];
            }
        }
    }

    public bool IsStaleFor(AccessMode mode)
    {
        lock (_lock)
        {
            return DateTime.UtcNow >= ExpiresAt
                || _routers.Count == 0
                || (mode == AccessMode.Read ? _readers.Count == 0 : _writers.Count == 0);
        }
    }

    /// <summary>A reader or writer, round robin; null when the role has no server.</summary>
    public ServerAddress? Select(AccessMode mode)
    {
        lock (_lock)
        {
            var servers = mode == AccessMode.Read ? _readers : _writers;
            return servers.Count == 0 ? null : servers[_next++ % servers.Count];
        }
    }

    /// <summary>A server became unreachable: use it for nothing until the next refresh.</summary>
    public void Forget(ServerAddress address)
    {
        lock (_lock)
        {
            _routers = [.. _routers.Where(a => a != address)];
            _readers = [.. _readers.Where(a => a != address)];
            _writers = [.. _writers.Where(a => a != address)];
        }
    }

    /// <summary>The server is no longer the leader: stop writing to it.</summary>
    public void ForgetWriter(ServerAddress address)
    {
        lock (_lock)
        {
            _writers = [.. _writers.Where(a => a != address)];
        }
    }

    /// <summary>Parses <c>rt</c> from ROUTE's SUCCESS.</summary>
    public static RoutingTable Parse(CypherMap rt, string? requestedDatabase)
    {
        ArgumentNullException.ThrowIfNull(rt);
        var ttl = rt.GetOrNull("ttl") is CypherInteger t ? t.Value : 300;
        var database = (rt.GetOrNull("db") as CypherString)?.Value ?? requestedDatabase ?? "neo4j";
        var routers = new List<ServerAddress>();
        var readers = new List<ServerAddress>();
        var writers = new List<ServerAddress>();
        foreach (var server in (rt.GetOrNull("servers") as CypherList ?? CypherList.Empty).OfType<CypherMap>())
        {
            var addresses = (server.GetOrNull("addresses") as CypherList ?? CypherList.Empty)
                .OfType<CypherString>()
                .Select(s => ServerAddress.Parse(s.Value));
            var target = (server.GetOrNull("role") as CypherString)?.Value switch
            {
                "ROUTE" => routers,
                "READ" => readers,
                "WRITE" => writers,
                _ => null,
            };
            target?.AddRange(addresses);
        }
        var expires = DateTime.UtcNow.AddSeconds(Math.Clamp(ttl, 0, 86_400));
        return new RoutingTable(database, routers, readers, writers, expires);
    }
}
