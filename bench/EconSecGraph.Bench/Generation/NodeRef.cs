namespace EconSecGraph.Bench.Generation;

public sealed record NodeRef(string Label, int Id);
