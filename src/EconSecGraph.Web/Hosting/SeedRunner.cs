using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Seed.Loading;
using EconSecGraph.Seed.Sources;
using EconSecGraph.Seed.Validation;
using EconSecGraph.Web.Configuration;

namespace EconSecGraph.Web.Hosting;

/// <summary>
/// Validates graph-seed and loads it with the seed project's loader (MERGE on ids, so a second load
/// changes nothing). A seed with problems loads nothing: every problem (file, line, hint) is logged and
/// the first ones are shown by /healthz and the UI's banner.
/// </summary>
public sealed partial class SeedRunner(IHostEnvironment environment, ILogger<SeedRunner> logger) : ISeedRunner
{
    private const int ProblemsShown = 5;
    private const int IndexWaitSeconds = 300;

    public async Task RunAsync(
        IGraphDatabase database,
        SeedOptions options,
        SeedStatus status,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(status);
        var directory = SeedDirectory.Resolve(options.Directory, environment.ContentRootPath);
        if (!string.IsNullOrWhiteSpace(options.Directory) && !Directory.Exists(directory))
        {
            Fail(
                status,
                $"Seed:Directory '{directory}' does not exist; point Seed__Directory at a graph-seed folder.",
                directory
            );
            return;
        }
        var where = directory ?? "the seed built into the app";
        status.Set("loading", where, directory);
        var source = directory is null ? SeedSource.Embedded() : SeedSource.FromDirectory(directory);
        var validation = SeedValidator.Validate(source);
        if (!validation.IsValid)
        {
            foreach (var problem in validation.Problems)
            {
                LogProblem(logger, problem.ToString());
            }
            var shown = string.Join("; ", validation.Problems.Take(ProblemsShown).Select(p => p.ToString()));
            var more =
                validation.Problems.Count > ProblemsShown
                    ? $" … and {validation.Problems.Count - ProblemsShown} more (see the log)"
                    : string.Empty;
            Fail(
                status,
                $"{validation.Problems.Count} problem(s) in {where}, nothing loaded: {shown}{more}",
                directory
            );
            return;
        }
        try
        {
            var report = await new SeedLoader(database).LoadAsync(validation, cancellationToken);
            await AwaitIndexesAsync(database, cancellationToken);
            var change = report.Changed ? "updated" : "unchanged";
            status.Set(
                "loaded",
                $"{report.Nodes} nodes, {report.Relationships} relationships ({change}) from {where}",
                directory
            );
            LogLoaded(logger, report.Nodes, report.Relationships, change, where);
        }
        catch (SeedValidationException ex)
        {
            Fail(status, ex.Message, directory);
        }
        catch (CypherException ex)
        {
            Fail(status, $"the database refused the seed ({ex.Code}): {ex.Message}", directory);
        }
    }

    /// <summary>
    /// Neo4j builds a new index in the background: without waiting, the first searches right after start-up
    /// could find nothing. The embedded engine's indexes are online at once (the call returns at once).
    /// </summary>
    private async Task AwaitIndexesAsync(IGraphDatabase database, CancellationToken cancellationToken)
    {
        try
        {
            await database.QueryAsync(
                new Query($"CALL db.awaitIndexes({IndexWaitSeconds})"),
                TransactionConfig.Default,
                cancellationToken
            );
        }
        catch (CypherException ex)
        {
            // the data is in; search may only be incomplete for a while, which the log says
            LogIndexesNotOnline(logger, IndexWaitSeconds, ex.Message);
        }
    }

    private void Fail(SeedStatus status, string message, string? directory)
    {
        status.Set("failed", message, directory);
        LogFailed(logger, message);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Seed problem: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Seed loaded, but its indexes were not online within {Seconds} s (search may miss entries until they are): {Reason}"
    )]
    private static partial void LogIndexesNotOnline(ILogger logger, int seconds, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seed not loaded: {Message}")]
    private static partial void LogFailed(ILogger logger, string message);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Seed loaded: {Nodes} nodes, {Relationships} relationships ({Change}) from {Where}"
    )]
    private static partial void LogLoaded(ILogger logger, int nodes, int relationships, string change, string where);
}
