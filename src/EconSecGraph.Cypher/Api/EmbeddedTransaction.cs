using EconSecGraph.Graph.Database;

namespace EconSecGraph.Cypher.Api;

/// <summary>An explicit transaction on the embedded engine.</summary>
internal sealed class EmbeddedTransaction(TransactionState state) : IGraphTransaction
{
    public Task<IQueryResult> RunAsync(Query query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IQueryResult>(state.Run(query, cancellationToken));

    public Task<string?> CommitAsync(CancellationToken cancellationToken = default) => Task.FromResult(state.Commit());

    public Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        state.Rollback();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        state.Rollback();
        return ValueTask.CompletedTask;
    }
}
