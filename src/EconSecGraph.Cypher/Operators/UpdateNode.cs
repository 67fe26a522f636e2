using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>SET / REMOVE: runs its update steps on each row, in order.</summary>
internal sealed class UpdateNode(
    PlanNode input,
    IReadOnlyList<Action<CypherValue[], QueryContext>> steps,
    string name,
    string text
) : PlanNode(input)
{
    public override string Name => name;

    public override string Details => text;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new UpdateCursor(Children[0].Open(context, row), steps, row, context);

    private sealed class UpdateCursor(
        Cursor input,
        IReadOnlyList<Action<CypherValue[], QueryContext>> steps,
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
            foreach (var step in steps)
            {
                step(row, context);
            }
            return true;
        }

        public override void Close() => input.Close();
    }
}
