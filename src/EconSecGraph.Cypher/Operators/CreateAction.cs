using EconSecGraph.Cypher.Runtime;

namespace EconSecGraph.Cypher.Operators;

/// <summary>
/// One element CREATE or MERGE makes: a node (<see cref="Labels"/>, <see cref="Type"/> null), or a
/// relationship from <see cref="StartSlot"/> to <see cref="EndSlot"/>; or, with <see cref="PathBuilder"/>,
/// the binding of a named path once its elements exist.
/// </summary>
internal sealed record CreateAction(
    int Slot,
    IReadOnlyList<string> Labels,
    string? Type,
    int StartSlot,
    int EndSlot,
    Evaluator? Properties,
    Evaluator? PathBuilder
);
