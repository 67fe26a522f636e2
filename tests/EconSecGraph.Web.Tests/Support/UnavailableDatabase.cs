using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Web.Tests.Support;

/// <summary>A backend that answers start-up but then goes away, as Neo4j does when its container stops.</summary>
internal sealed class UnavailableDatabase : IGraphDatabase
{
    private int _calls;

    public string Backend => "Neo4j";

    public Task<ServerInfo> VerifyConnectivityAsync(CancellationToken cancellationToken = default) =>
        Interlocked.Increment(ref _calls) == 1 ? Task.FromResult(new ServerInfo("Neo4j/5.26.0")) : throw Down();

    public Task<IQueryResult> RunAsync(
        Query query,
        TransactionConfig? config = null,
        CancellationToken cancellationToken = default
    ) => throw Down();

    public Task<IGraphTransaction> BeginTransactionAsync(
        TransactionConfig? config = null,
        CancellationToken cancellationToken = default
    ) => throw Down();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static CypherException Down() =>
        new(Neo4jStatusCodes.ServiceUnavailable, "Connection to bolt://neo4j:7687 refused.");
}
