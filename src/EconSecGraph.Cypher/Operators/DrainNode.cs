using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>Runs its input to the end for its side effects and then yields the incoming row once (unit subqueries).</summary>
internal sealed class DrainNode(PlanNode input) : PlanNode(input)
{
    public override string Name => "EmptyResult";

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new DrainCursor(Children[0], row, context);

    private sealed class DrainCursor(PlanNode input, CypherValue[] row, QueryContext context) : Cursor
    {
        private bool _done;

        public override bool MoveNext()
        {
            if (_done)
            {
                return false;
            }
            _done = true;
            var saved = (CypherValue[])row.Clone();
            var c = input.Open(context, row);
            while (c.MoveNext())
            {
                context.Tick();
            }
            Array.Copy(saved, row, row.Length);
            return true;
        }
    }
}
