namespace EconSecGraph.Cypher.Runtime;

/// <summary>One aggregate of an aggregation: where its result goes, how to start it, and its argument(s).</summary>
internal sealed record AggregateSpec(
    int Slot,
    Func<QueryContext, Accumulator> Create,
    Evaluator? Argument,
    Evaluator? Extra,
    bool Distinct,
    string Text
);
