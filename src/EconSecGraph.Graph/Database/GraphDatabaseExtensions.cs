using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Graph.Database;

/// <summary>Conveniences over <see cref="IGraphDatabase"/> shared by every caller.</summary>
public static class GraphDatabaseExtensions
{
    private const int MaxRetries = 5;

    /// <summary>Runs an auto-commit query and reads all its records.</summary>
    public static async Task<(IReadOnlyList<Record> Records, ResultSummary Summary)> QueryAsync(
        this IGraphDatabase database,
        Query query,
        TransactionConfig? config = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var result = await database.RunAsync(query, config, cancellationToken);
        var records = await result.ToListAsync(cancellationToken);
        var summary = await result.ConsumeAsync(cancellationToken);
        return (records, summary);
    }

    /// <summary>Reads every remaining record.</summary>
    public static async Task<List<Record>> ToListAsync(
        this IQueryResult result,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(result);
        var records = new List<Record>();
        while (await result.NextAsync(cancellationToken) is { } record)
        {
            records.Add(record);
        }
        return records;
    }

    /// <summary>Runs <paramref name="work"/> in a read transaction, retrying transient failures.</summary>
    public static Task<T> ExecuteReadAsync<T>(
        this IGraphDatabase database,
        Func<IGraphTransaction, Task<T>> work,
        TransactionConfig? config = null,
        CancellationToken cancellationToken = default
    ) =>
        ExecuteAsync(
            database,
            work,
            (config ?? TransactionConfig.Default) with
            {
                AccessMode = AccessMode.Read,
            },
            cancellationToken
        );

    /// <summary>Runs <paramref name="work"/> in a write transaction, retrying transient failures.</summary>
    public static Task<T> ExecuteWriteAsync<T>(
        this IGraphDatabase database,
        Func<IGraphTransaction, Task<T>> work,
        TransactionConfig? config = null,
        CancellationToken cancellationToken = default
    ) =>
        ExecuteAsync(
            database,
            work,
            (config ?? TransactionConfig.Default) with
            {
                AccessMode = AccessMode.Write,
            },
            cancellationToken
        );

    private static async Task<T> ExecuteAsync<T>(
        IGraphDatabase database,
        Func<IGraphTransaction, Task<T>> work,
        TransactionConfig config,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(work);
        for (var attempt = 0; ; attempt++)
        {
            var tx = await database.BeginTransactionAsync(config, cancellationToken);
            try
            {
                var value = await work(tx);
                await tx.CommitAsync(cancellationToken);
                return value;
            }
            catch (CypherException ex) when (ex.IsTransient && attempt < MaxRetries)
            {
                await tx.RollbackAsync(CancellationToken.None);
                // exponential back-off with jitter: 100 ms, 200 ms, 400 ms …
                var delay = TimeSpan.FromMilliseconds((100 << attempt) * (0.8 + (0.4 * Random.Shared.NextDouble())));
                await Task.Delay(delay, cancellationToken);
            }
            finally
            {
                await tx.DisposeAsync();
            }
        }
    }
}
