using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using Record = EconSecGraph.Graph.Database.Record;

namespace EconSecGraph.Bolt.Tests.Support;

/// <summary>TEST-ONLY: a fixed list of rows; an optional error after the first row; <c>SLOW</c> never ends.</summary>
internal sealed class ScriptedResult(
    ScriptedTransaction transaction,
    Query query,
    string[] keys,
    List<CypherValue[]> rows,
    QueryCounters counters,
    QueryType type,
    CypherException? lateError,
    bool slow
) : IQueryResult
{
    private int _next;
    private string? _bookmark;
    private bool _finished;

    public IReadOnlyList<string> Keys => keys;

    public async ValueTask<Record?> NextAsync(CancellationToken cancellationToken = default)
    {
        if (slow)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        if (lateError is not null && _next == 1)
        {
            transaction.Abort();
            throw lateError;
        }
        if (_next >= rows.Count)
        {
            Finish();
            return null;
        }
        return new Record(keys, rows[_next++]);
    }

    public Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _next = rows.Count;
        Finish();
        return Task.FromResult(
            new ResultSummary
            {
                Query = query,
                QueryType = type,
                Counters = counters,
                Bookmark = _bookmark,
                Database = "neo4j",
                ResultAvailableAfter = TimeSpan.Zero,
                ResultConsumedAfter = TimeSpan.FromMilliseconds(1),
            }
        );
    }

    public ValueTask DisposeAsync()
    {
        Finish();
        return ValueTask.CompletedTask;
    }

    private void Finish()
    {
        if (!_finished && transaction.AutoCommit)
        {
            _finished = true;
            _bookmark = transaction.CommitAuto();
        }
    }
}
