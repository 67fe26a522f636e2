using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Web.Hosting;

/// <summary>
/// Waits for the graph backend at start-up: Neo4j in docker compose may still be starting even after
/// its health check passed, so the first connection is retried with exponential back-off (0.5 s,
/// 1 s, 2 s … capped at 10 s) until <c>Neo4j:ConnectTimeout</c>.
/// </summary>
public static partial class StartupRetry
{
    public static async Task<ServerInfo> WaitForAsync(
        IGraphDatabase database,
        TimeSpan timeout,
        ILogger logger,
        CancellationToken cancellationToken,
        TimeProvider? time = null
    )
    {
        ArgumentNullException.ThrowIfNull(database);
        time ??= TimeProvider.System;
        var started = time.GetTimestamp();
        var delay = TimeSpan.FromMilliseconds(500);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await database.VerifyConnectivityAsync(cancellationToken);
            }
            catch (Exception ex) when (IsRetryable(ex) && !cancellationToken.IsCancellationRequested)
            {
                var waited = time.GetElapsedTime(started);
                if (waited + delay > timeout)
                {
                    throw new InvalidOperationException(
                        $"The {database.Backend} backend did not answer within {timeout.TotalSeconds:0} s "
                            + $"({attempt} attempts): {ex.Message} Check Neo4j__Uri, Neo4j__User and Neo4j__Password, "
                            + "or raise Neo4j__ConnectTimeout.",
                        ex
                    );
                }
                LogRetry(logger, database.Backend, attempt, delay.TotalSeconds, ex.Message);
                await Task.Delay(delay, time, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    /// <summary>Connection trouble is retried; a wrong password or a missing database is not.</summary>
    private static bool IsRetryable(Exception exception) =>
        exception switch
        {
            CypherException cypher => cypher.IsTransient,
            IOException or System.Net.Sockets.SocketException or TimeoutException or HttpRequestException => true,
            OperationCanceledException => false,
            _ => exception.InnerException is { } inner && IsRetryable(inner),
        };

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "{Backend} backend not answering (attempt {Attempt}), retrying in {Seconds} s: {Reason}"
    )]
    private static partial void LogRetry(ILogger logger, string backend, int attempt, double seconds, string reason);
}
