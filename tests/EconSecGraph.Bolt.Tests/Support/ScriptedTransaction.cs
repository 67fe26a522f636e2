using System.Globalization;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Tests.Support;

/// <summary>TEST-ONLY: a transaction of <see cref="ScriptedGraphDatabase"/>; writes count <c>CREATE</c>s.</summary>
internal sealed class ScriptedTransaction(ScriptedGraphDatabase database, TransactionConfig config, bool autoCommit)
    : IGraphTransaction
{
    private int _pendingItems;
    private bool _done;

    public Task<IQueryResult> RunAsync(Query query, CancellationToken cancellationToken = default)
    {
        database.Record(query, config, autoCommit);
        var (keys, rows, counters, type, lateError) = Answer(query);
        IQueryResult result = new ScriptedResult(
            this,
            query,
            keys,
            rows,
            counters,
            type,
            lateError,
            slow: query.Text == "SLOW"
        );
        return Task.FromResult(result);
    }

    private (
        string[] Keys,
        List<CypherValue[]> Rows,
        QueryCounters Counters,
        QueryType Type,
        CypherException? Late
    ) Answer(Query query)
    {
        var none = QueryCounters.None;
        switch (query.Text)
        {
            case "RETURN 1 AS n":
                return (
                    ["n"],
                    [
                        [1L],
                    ],
                    none,
                    QueryType.ReadOnly,
                    null
                );
            case "ECHO":
            {
                var keys = query.Parameters.Keys.Order(StringComparer.Ordinal).ToArray();
                return (
                    keys,
                    [
                        [.. keys.Select(k => query.Parameters[k])],
                    ],
                    none,
                    QueryType.ReadOnly,
                    null
                );
            }
            case "ROWS":
            {
                var n = query.Parameters.TryGetValue("n", out var v) && v is CypherInteger i ? i.Value : 3;
                return (
                    ["i"],
                    [.. Enumerable.Range(1, (int)n).Select(x => new CypherValue[] { (long)x })],
                    none,
                    QueryType.ReadOnly,
                    null
                );
            }
            case "GRAPH":
                return (
                    ["a", "r", "b", "p", "q"],
                    [
                        [
                            ScriptedGraphDatabase.Agency,
                            ScriptedGraphDatabase.Funds,
                            ScriptedGraphDatabase.Program,
                            ScriptedGraphDatabase.ForwardPath,
                            ScriptedGraphDatabase.BackwardsPath,
                        ],
                    ],
                    none,
                    QueryType.ReadOnly,
                    null
                );
            case "TEMPORALS":
                return (
                    [
                        "date",
                        "time",
                        "localTime",
                        "dateTime",
                        "zoned",
                        "localDateTime",
                        "duration",
                        "point2d",
                        "point3d",
                    ],
                    [
                        [
                            CypherDate.Of(2024, 2, 29),
                            new CypherTime(((12 * 3600) + (34 * 60) + 56) * 1_000_000_000L + 789, 9 * 3600),
                            new CypherLocalTime(((23 * 3600) + 59 * 60 + 59) * 1_000_000_000L + 999_999_999),
                            new CypherDateTime(4500, 42, 3600),
                            new CypherDateTime(1_700_000_000, 123_000_000, 9 * 3600, "Asia/Tokyo"),
                            new CypherLocalDateTime(1_700_000_000, 5),
                            new CypherDuration(14, 3, 3723, 500_000_000),
                            new CypherPoint(CypherPoint.Wgs84_2D, 139.69, 35.69),
                            new CypherPoint(CypherPoint.Cartesian3D, 1.5, -2.5, 3.25),
                        ],
                    ],
                    none,
                    QueryType.ReadOnly,
                    null
                );
            case "VALUES":
                return (
                    ["list", "map", "bytes", "float", "text", "yes", "nothing", "big", "negative"],
                    [
                        [
                            CypherList.Wrap([1L, "two", 3.0, CypherNull.Instance, CypherList.Wrap([true])]),
                            new CypherMap(
                                new Dictionary<string, CypherValue>
                                {
                                    ["a"] = 1L,
                                    ["b"] = CypherList.Wrap(["x"]),
                                    ["c"] = CypherMap.Empty,
                                }
                            ),
                            new CypherBytes(new byte[] { 0, 1, 254, 255 }),
                            1.25,
                            "経済安全保障 ✓",
                            true,
                            CypherNull.Instance,
                            9_007_199_254_740_993L,
                            -129L,
                        ],
                    ],
                    none,
                    QueryType.ReadOnly,
                    null
                );
            case "CREATE":
                if (config.AccessMode == AccessMode.Read)
                {
                    throw new AccessModeException();
                }
                _pendingItems++;
                return (
                    [],
                    [],
                    new QueryCounters
                    {
                        NodesCreated = 1,
                        LabelsAdded = 1,
                        PropertiesSet = 2,
                    },
                    QueryType.WriteOnly,
                    null
                );
            case "COUNT":
                return (
                    ["c"],
                    [
                        [(long)database.CommittedItems],
                    ],
                    none,
                    QueryType.ReadOnly,
                    null
                );
            case "FAIL LATE":
                return (
                    ["x"],
                    [
                        [1L],
                    ],
                    none,
                    QueryType.ReadOnly,
                    new CypherArgumentException("Division by zero", new SourcePosition(7, 1, 8))
                );
            case "TRANSIENT":
                if (database.ConsumeTransientFailure())
                {
                    throw new CypherException(
                        Neo4jStatusCodes.TransientLockTimeout,
                        "The lock could not be acquired; retry."
                    );
                }
                return (
                    ["ok"],
                    [
                        [true],
                    ],
                    none,
                    QueryType.ReadOnly,
                    null
                );
            case "NOT A LEADER":
                throw new CypherException(
                    Neo4jStatusCodes.NotALeader,
                    "No write operations are allowed on this database."
                );
            case "SLOW":
                return (["x"], [], none, QueryType.ReadOnly, null);
            default:
                var word = query.Text.Split(' ', 2)[0];
                throw new CypherSyntaxException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Invalid input '{word}': expected 'RETURN', 'MATCH', 'CREATE' (line 1, column 1 (offset: 0))"
                    ),
                    new SourcePosition(0, 1, 1)
                );
        }
    }

    public Task<string?> CommitAsync(CancellationToken cancellationToken = default)
    {
        if (_done)
        {
            throw new CypherException(Neo4jStatusCodes.TransactionNotFound, "The transaction has already finished.");
        }
        _done = true;
        return Task.FromResult<string?>(database.Commit(_pendingItems));
    }

    internal string? CommitAuto()
    {
        if (_done)
        {
            return null;
        }
        _done = true;
        return database.Commit(_pendingItems);
    }

    public Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        _done = true;
        _pendingItems = 0;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _done = true;
        return ValueTask.CompletedTask;
    }

    internal bool AutoCommit => autoCommit;

    internal void Abort()
    {
        _done = true;
        _pendingItems = 0;
    }
}
