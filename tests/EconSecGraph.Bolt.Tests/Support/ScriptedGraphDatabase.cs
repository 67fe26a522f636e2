using System.Globalization;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Tests.Support;

/// <summary>
/// TEST-ONLY engine: answers a fixed set of query texts with fixed records, so the Bolt server can be
/// tested without the embedded engine and for cases the engine cannot produce (transient errors,
/// queries that hang). It is not Cypher: any other text is a syntax error.
/// </summary>
public sealed class ScriptedGraphDatabase : IGraphDatabase
{
    private int _committedItems;
    private int _bookmarks;

    public string Backend => "Scripted";

    /// <summary>How many more times <c>TRANSIENT</c> fails before it succeeds.</summary>
    public int TransientFailures { get; set; }

    public int CommittedItems => Volatile.Read(ref _committedItems);

    public List<TransactionConfig> Configs { get; } = [];

    public List<Query> Queries { get; } = [];

    public Task<ServerInfo> VerifyConnectivityAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new ServerInfo("Scripted/1.0"));

    public Task<IQueryResult> RunAsync(
        Query query,
        TransactionConfig? config = null,
        CancellationToken cancellationToken = default
    )
    {
        var tx = new ScriptedTransaction(this, config ?? TransactionConfig.Default, autoCommit: true);
        return tx.RunAsync(query, cancellationToken);
    }

    public Task<IGraphTransaction> BeginTransactionAsync(
        TransactionConfig? config = null,
        CancellationToken cancellationToken = default
    )
    {
        lock (Configs)
        {
            Configs.Add(config ?? TransactionConfig.Default);
        }
        return Task.FromResult<IGraphTransaction>(
            new ScriptedTransaction(this, config ?? TransactionConfig.Default, autoCommit: false)
        );
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    internal string Commit(int items)
    {
        Interlocked.Add(ref _committedItems, items);
        return "FB:scripted:" + Interlocked.Increment(ref _bookmarks).ToString(CultureInfo.InvariantCulture);
    }

    internal void Record(Query query, TransactionConfig config, bool autoCommit)
    {
        lock (Configs)
        {
            Queries.Add(query);
            if (autoCommit)
            {
                Configs.Add(config);
            }
        }
    }

    internal bool ConsumeTransientFailure()
    {
        lock (Configs)
        {
            if (TransientFailures > 0)
            {
                TransientFailures--;
                return true;
            }
            return false;
        }
    }

    /// <summary>The fixed graph: (a:Agency {name:'METI'})-[:FUNDS {amount: 5}]->(b:Program {name:'K Program'}).</summary>
    public static readonly CypherNode Agency = new(
        1,
        "4:scripted:1",
        ["Agency"],
        new Dictionary<string, CypherValue> { ["name"] = "METI", ["founded"] = 2001 }
    );

    public static readonly CypherNode Program = new(
        2,
        "4:scripted:2",
        ["Program", "Fund"],
        new Dictionary<string, CypherValue> { ["name"] = "K Program" }
    );

    public static readonly CypherRelationship Funds = new(
        7,
        "5:scripted:7",
        1,
        "4:scripted:1",
        2,
        "4:scripted:2",
        "FUNDS",
        new Dictionary<string, CypherValue> { ["amount"] = 5.5 }
    );

    /// <summary>Program ← Agency: traverses FUNDS backwards.</summary>
    public static readonly CypherPath BackwardsPath = new([Program, Agency], [Funds]);

    public static readonly CypherPath ForwardPath = new([Agency, Program], [Funds]);
}
