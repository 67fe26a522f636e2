using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>
/// Reads its whole input before passing any row on, so writes further up cannot change what the
/// reads below see (e.g. <c>MATCH (n) CREATE (:X)</c> must not match the nodes it creates).
/// </summary>
internal sealed class EagerNode(PlanNode input) : PlanNode(input)
{
    public override string Name => "Eager";

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new BufferCursor(Children[0].Open(context, row), row, context);
}
