using EconSecGraph.Bench.Harness;

namespace EconSecGraph.Bench.Compare;

/// <summary>The three engines' reports for one graph size, with the answer checks and the load average seen.</summary>
public sealed record SizeResult(
    int Nodes,
    EngineReport? Ours,
    EngineReport? Kuzu,
    EngineReport? Baseline,
    IReadOnlyDictionary<string, CheckOutcome> OursChecks,
    IReadOnlyDictionary<string, CheckOutcome> KuzuChecks,
    string LoadAverages
)
{
    /// <summary>Ours loaded row by row with LOAD CSV (informational: load time and that process's peak memory).</summary>
    public EngineReport? OursRows { get; init; }
}
