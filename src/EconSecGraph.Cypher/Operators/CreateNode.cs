using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>CREATE: for each input row, creates the pattern's new nodes and relationships.</summary>
internal sealed class CreateNode(PlanNode input, IReadOnlyList<CreateAction> actions, string text) : PlanNode(input)
{
    public override string Name => "Create";

    public override string Details => text;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new CreateRowCursor(Children[0].Open(context, row), actions, row, context);

    private sealed class CreateRowCursor(
        Cursor input,
        IReadOnlyList<CreateAction> actions,
        CypherValue[] row,
        QueryContext context
    ) : Cursor
    {
        public override bool MoveNext()
        {
            if (!input.MoveNext())
            {
                return false;
            }
            context.Tick();
            GraphWrites.Create(actions, row, context);
            return true;
        }

        public override void Close() => input.Close();
    }
}
