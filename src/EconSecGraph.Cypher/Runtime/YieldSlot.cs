namespace EconSecGraph.Cypher.Runtime;

/// <summary>
/// A procedure output field and the row slot its yielded variable lives in. A record rather than a tuple of two
/// ints: a list of those is a framework generic over a value type, JIT-compiled in every process.
/// </summary>
internal sealed record YieldSlot(int Field, int Slot);
