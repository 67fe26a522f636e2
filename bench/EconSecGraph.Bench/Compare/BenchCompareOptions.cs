namespace EconSecGraph.Bench.Compare;

/// <summary>Options of the <c>compare</c> command (see bench/README.md).</summary>
public sealed record BenchCompareOptions(
    IReadOnlyList<int> Sizes,
    int Seed,
    string DataRoot,
    string ResultsRoot,
    string WorkRoot,
    IReadOnlySet<string> Engines,
    string Output,
    string RepoRoot,
    int LoadRuns
);
