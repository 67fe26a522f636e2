namespace EconSecGraph.Cypher.Runtime;

/// <summary>
/// An expression whose value goes into a row slot (a projected item, a grouping key). A record rather than a
/// tuple of an int: lists of such tuples are framework generics over a value type, JIT-compiled in every process.
/// </summary>
internal sealed record SlotEvaluator(int Slot, Evaluator Value);
