using EconSecGraph.Cypher.Operators;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Planning;

/// <summary>A planned statement, cached by query text and reused with different parameters.</summary>
internal sealed record CompiledQuery(
    StatementMode Mode,
    PlanNode Root,
    IReadOnlyList<string> Columns,
    int[] ColumnSlots,
    int SlotCount,
    bool Writes,
    IReadOnlyList<string> Parameters
)
{
    /// <summary>For schema commands: runs the command (instead of <see cref="Root"/>) and yields its rows.</summary>
    public Func<QueryContext, IEnumerable<Graph.Values.CypherValue[]>>? Command { get; init; }

    public bool IsSchemaCommand { get; init; }

    /// <summary>The statement holds <c>CALL { … } IN TRANSACTIONS</c> (only allowed in an auto-commit transaction).</summary>
    public bool InTransactions { get; init; }
}
