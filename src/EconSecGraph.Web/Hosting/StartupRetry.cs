using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Web.Hosting;

/// <summary>
/// Waits for the graph backend at start-up: Neo4j in docker compose may still be starting even after
/// its health check passed, so the first connection is retried with exponential back-off (0.5 s,
/// 1 s, 2 s … capped at 10 s) until <c>Neo4j:ConnectTimeout</c>; an attempt still running then is cut off.
/// A refusal that waiting cannot cure (a wrong password, a missing database) fails at once. Either way the
/// error says what failed, where (the <c>target</c> given) and which setting to check.
/// </summary>
public static partial class StartupRetry
{
    private const string SettingsHint = "Check Neo4j__Uri, Neo4j__User and Neo4j__Password";

    public static async Task<ServerInfo> WaitForAsync(
        IGraphDatabase database,
        string target,
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
            var remaining = timeout - time.GetElapsedTime(started);
            using var limit = new CancellationTokenSource(
                remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1),
                time
            );
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
            try
            {
                return await database.VerifyConnectivityAsync(linked.Token);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw TimedOut(database, target, timeout, attempt, "the last attempt was still connecting.", ex);
            }
            catch (Exception ex) when (IsRetryable(ex) && !cancellationToken.IsCancellationRequested)
            {
                var waited = time.GetElapsedTime(started);
                if (waited + delay > timeout)
                {
                    throw TimedOut(database, target, timeout, attempt, ex.Message, ex);
                }
                LogRetry(logger, database.Backend, target, attempt, delay.TotalSeconds, ex.Message);
                await Task.Delay(delay, time, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
            catch (CypherException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw Refused(database, target, ex);
            }
        }
    }

    private static InvalidOperationException TimedOut(
        IGraphDatabase database,
        string target,
        TimeSpan timeout,
        int attempt,
        string reason,
        Exception inner
    ) =>
        new(
            $"The {database.Backend} backend at {target} did not answer within {timeout.TotalSeconds:0.#} s "
                + $"({attempt} attempt(s)): {reason} Check that the server runs and is reachable from here; "
                + $"{SettingsHint}, or raise Neo4j__ConnectTimeout.",
            inner
        );

    private static InvalidOperationException Refused(IGraphDatabase database, string target, CypherException ex)
    {
        var hint = ex.Code switch
        {
            Neo4jStatusCodes.Unauthorized or "Neo.ClientError.Security.AuthenticationRateLimit" =>
                "Check Neo4j__User and Neo4j__Password (docker compose: NEO4J_PASSWORD in .env; Neo4j takes "
                    + "NEO4J_AUTH only when its data volume is first created).",
            "Neo.ClientError.Database.DatabaseNotFound" =>
                "Check Neo4j__Database (leave it empty for the server's default database).",
            _ => SettingsHint + ".",
        };
        return new InvalidOperationException(
            $"The {database.Backend} backend at {target} refused the app ({ex.Code}): {ex.Message} {hint}",
            ex
        );
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
        Message = "{Backend} backend at {Target} not answering (attempt {Attempt}), retrying in {Seconds} s: {Reason}"
    )]
    private static partial void LogRetry(
        ILogger logger,
        string backend,
        string target,
        int attempt,
        double seconds,
        string reason
    );
}
