namespace EconSecGraph.Graph.Database;

/// <summary>
/// An explicit transaction. Disposing without <see cref="CommitAsync"/> rolls back. After any query
/// in it fails, the transaction can only be rolled back.
/// </summary>
public interface IGraphTransaction : IAsyncDisposable
{
    Task<IQueryResult> RunAsync(Query query, CancellationToken cancellationToken = default);

    /// <summary>Commits; returns the bookmark of the commit (null when the backend has none).</summary>
    Task<string?> CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);
}
