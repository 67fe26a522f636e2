namespace EconSecGraph.Cypher.Planning;

/// <summary>A result column of a planned query part and the slot that holds its value.</summary>
/// <remarks>A class, not a tuple: lists of a tuple holding an int are JIT-compiled at every start (ReadyToRun cannot precompile them).</remarks>
internal sealed record OutputColumn(string Name, int Slot);
