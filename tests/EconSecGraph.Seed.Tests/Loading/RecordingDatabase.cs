using EconSecGraph.Graph.Database;

namespace EconSecGraph.Seed.Tests.Loading;

/// <summary>An <see cref="IGraphDatabase"/> that records what it is asked to run (and in which transaction) and returns nothing.</summary>
internal sealed class RecordingDatabase : IGraphDatabase
{
    private int _transactions;

    public List<(Query Query, int Transaction, bool Explicit)> Runs { get; } = [];

    public List<int> Committed { get; } = [];

    public string Backend => "Recording";

    public Task<ServerInfo> VerifyConnectivityAsync(CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IQueryResult> RunAsync(
        Query query,
        TransactionConfig? config = null,
        CancellationToken cancellationToken = default
    )
    {
        var tx = ++_transactions;
        Runs.Add((query, tx, false));
        Committed.Add(tx);
        return Task.FromResult<IQueryResult>(new EmptyResult(query));
    }

    public Task<IGraphTransaction> BeginTransactionAsync(
        TransactionConfig? config = null,
        CancellationToken cancellationToken = default
    ) => Task.FromResult<IGraphTransaction>(new Transaction(this, ++_transactions));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class Transaction(RecordingDatabase owner, int id) : IGraphTransaction
    {
        public Task<IQueryResult> RunAsync(Query query, CancellationToken cancellationToken = default)
        {
            owner.Runs.Add((query, id, true));
            return Task.FromResult<IQueryResult>(new EmptyResult(query));
        }

        public Task<string?> CommitAsync(CancellationToken cancellationToken = default)
        {
            owner.Committed.Add(id);
            return Task.FromResult<string?>(null);
        }

        public Task RollbackAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class EmptyResult(Query query) : IQueryResult
    {
        public IReadOnlyList<string> Keys => [];

        public ValueTask<Graph.Database.Record?> NextAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<Graph.Database.Record?>(null);

        public Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(new ResultSummary { Query = query });

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
