using EconSecGraph.Seed.Model;

namespace EconSecGraph.Seed.Validation;

/// <summary>What <see cref="SeedValidator"/> found: every problem, and the graph as far as it could be read.</summary>
public sealed class SeedValidationResult
{
    internal SeedValidationResult(SeedGraph? graph, IReadOnlyList<SeedProblem> problems)
    {
        Graph = graph;
        Problems = problems;
    }

    /// <summary>The graph as read (null when schema.yaml could not be read). Do not load it unless <see cref="IsValid"/>.</summary>
    public SeedGraph? Graph { get; }

    /// <summary>All problems, ordered by file, line and column.</summary>
    public IReadOnlyList<SeedProblem> Problems { get; }

    public bool IsValid => Problems.Count == 0 && Graph is not null;

    /// <summary>The graph, or a <see cref="SeedValidationException"/> listing every problem.</summary>
    public SeedGraph GetValidGraph() =>
        IsValid && Graph is not null ? Graph : throw new SeedValidationException(Problems);
}
