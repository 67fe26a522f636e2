namespace EconSecGraph.Bench.Generation;

public sealed record NodePair(NodeRef From, NodeRef To);
