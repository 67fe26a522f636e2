using EconSecGraph.Graph.Database;
using EconSecGraph.Seed.Model;
using EconSecGraph.Seed.Sources;
using EconSecGraph.Seed.Validation;

namespace EconSecGraph.Seed.Loading;

/// <summary>
/// Loads the seed into any <see cref="IGraphDatabase"/> (embedded engine or Neo4j) with Cypher text and parameters.
/// The seed is validated first and nothing is written when it has problems. The constraint and the full-text index
/// are created first, each in its own transaction (Neo4j forbids mixing schema and data); then all data is written in
/// one write transaction: nodes per label, relationships per type, in batches, MERGE on ids. Loading the same seed
/// again changes nothing (the result counters are zero).
/// </summary>
public sealed class SeedLoader
{
    private readonly IGraphDatabase _database;
    private readonly SeedLoadOptions _options;
    private readonly IProgress<SeedLoadProgress>? _progress;

    public SeedLoader(
        IGraphDatabase database,
        SeedLoadOptions? options = null,
        IProgress<SeedLoadProgress>? progress = null
    )
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _options = options ?? SeedLoadOptions.Default;
        _progress = progress;
    }

    /// <summary>Validates <paramref name="source"/> and loads it; throws <see cref="SeedValidationException"/> (and writes nothing) when it has problems.</summary>
    public Task<SeedLoadReport> LoadAsync(SeedSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return LoadAsync(SeedValidator.Validate(source), cancellationToken);
    }

    /// <summary>Loads a validated seed; throws <see cref="SeedValidationException"/> (and writes nothing) when it has problems.</summary>
    public async Task<SeedLoadReport> LoadAsync(
        SeedValidationResult validation,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(validation);
        var graph = validation.GetValidGraph();
        var statements = SeedPlan.Build(graph, _options.BatchSize, _options.Prune);
        if (!_options.CreateSchema)
        {
            statements = [.. statements.Where(s => s.Kind != SeedStatementKind.Schema)];
        }
        var steps = statements.Count;
        var counters = QueryCounters.None;
        var step = 0;

        foreach (var statement in statements.Where(s => s.Kind == SeedStatementKind.Schema))
        {
            var (_, summary) = await _database.QueryAsync(
                ToQuery(statement),
                TransactionConfig.Default,
                cancellationToken
            );
            counters = counters.Add(summary.Counters);
            Report(++step, steps, statement, summary.Counters);
        }

        var data = statements.Where(s => s.Kind != SeedStatementKind.Schema).ToList();
        var firstDataStep = step;
        var dataCounters = await _database.ExecuteWriteAsync(
            async tx =>
            {
                var total = QueryCounters.None;
                var current = firstDataStep;
                foreach (var statement in data)
                {
                    await using var result = await tx.RunAsync(ToQuery(statement), cancellationToken);
                    var summary = await result.ConsumeAsync(cancellationToken);
                    total = total.Add(summary.Counters);
                    Report(++current, steps, statement, summary.Counters);
                }
                return total;
            },
            cancellationToken: cancellationToken
        );
        counters = counters.Add(dataCounters);
        return new SeedLoadReport(graph.Nodes.Count, graph.Relationships.Count, steps, counters);
    }

    private static Query ToQuery(SeedStatement statement) =>
        statement.ParameterName is { } name && statement.ParameterValue is { } value
            ? new Query(
                statement.Text,
                new Dictionary<string, Graph.Values.CypherValue>(StringComparer.Ordinal) { [name] = value }
            )
            : new Query(statement.Text);

    private void Report(int step, int steps, SeedStatement statement, QueryCounters counters) =>
        _progress?.Report(
            new SeedLoadProgress(
                step,
                steps,
                statement.Kind,
                statement.Description,
                statement.Items,
                counters.NodesCreated
                    + counters.NodesDeleted
                    + counters.RelationshipsCreated
                    + counters.RelationshipsDeleted
                    + counters.PropertiesSet
                    + counters.LabelsAdded
                    + counters.LabelsRemoved
                    + counters.IndexesAdded
                    + counters.ConstraintsAdded
            )
        );

    /// <summary>The seed compiled into this assembly, validated (convenience for hosts).</summary>
    public static SeedGraph EmbeddedGraph() => SeedValidator.Validate(SeedSource.Embedded()).GetValidGraph();
}
