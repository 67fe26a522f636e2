using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Planning;

/// <summary>A WITH/RETURN item being planned: its column name, and its expression or the slot of the variable it passes on.</summary>
/// <remarks>A class, not a tuple: lists of a tuple holding an int are JIT-compiled at every start (ReadyToRun cannot precompile them).</remarks>
internal sealed record PlannedItem(string Name, Expression? Expr, int ExistingSlot);
