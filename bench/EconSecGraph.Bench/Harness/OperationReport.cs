namespace EconSecGraph.Bench.Harness;

/// <summary>One operation's per-input timings (µs) and answer digests, in input order.</summary>
public sealed class OperationReport
{
    public List<double> Samples { get; set; } = [];

    public List<string> Results { get; set; } = [];
}
