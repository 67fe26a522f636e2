using System.Globalization;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Configuration;
using EconSecGraph.Web.Errors;
using Microsoft.Extensions.Options;

namespace EconSecGraph.Web.Queries;

/// <summary>
/// Runs the explorer's own read queries through <see cref="IGraphDatabase"/> with the configured
/// timeout, in read access mode, and turns a timeout into <see cref="QueryTimeoutException"/>.
/// </summary>
public sealed class GraphReader(IGraphDatabase database, IOptions<ExplorerOptions> options)
{
    public IGraphDatabase Database { get; } = database;

    public ExplorerOptions Options { get; } = options.Value;

    public TransactionConfig ReadConfig => TransactionConfig.ReadOnly with { Timeout = Options.QueryTimeout };

    public async Task<IReadOnlyList<Record>> ReadAsync(
        string cypher,
        IReadOnlyDictionary<string, CypherValue> parameters,
        CancellationToken cancellationToken
    )
    {
        using var timeout = StartTimeout(cancellationToken);
        try
        {
            var (records, _) = await Database.QueryAsync(new Query(cypher, parameters), ReadConfig, timeout.Token);
            return records;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut();
        }
    }

    /// <summary>Streams records to <paramref name="onRecord"/> (exports); stops early when it returns false.</summary>
    public async Task StreamAsync(
        string cypher,
        IReadOnlyDictionary<string, CypherValue> parameters,
        Func<Record, bool> onRecord,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(onRecord);
        using var timeout = StartTimeout(cancellationToken);
        try
        {
            await using var result = await Database.RunAsync(new Query(cypher, parameters), ReadConfig, timeout.Token);
            while (await result.NextAsync(timeout.Token) is { } record)
            {
                if (!onRecord(record))
                {
                    break;
                }
            }
            await result.ConsumeAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut();
        }
    }

    public CancellationTokenSource StartTimeout(CancellationToken cancellationToken)
    {
        var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // The transaction timeout stops the query in the engine; this is the backstop for a backend that ignores it.
        cts.CancelAfter(Options.QueryTimeout + TimeSpan.FromSeconds(2));
        return cts;
    }

    public QueryTimeoutException TimedOut() =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"The query ran longer than {Options.QueryTimeout.TotalSeconds:0.###} s (Explorer:QueryTimeout) and was stopped. Narrow it (labels, relationship types, LIMIT) or raise Explorer__QueryTimeout."
            )
        );

    /// <summary>True for the error a backend raises when a transaction hits its timeout.</summary>
    public static bool IsTimeout(CypherException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return string.Equals(exception.Code, Neo4jStatusCodes.TransactionTimedOut, StringComparison.Ordinal)
            || string.Equals(
                exception.Code,
                "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                StringComparison.Ordinal
            );
    }
}
