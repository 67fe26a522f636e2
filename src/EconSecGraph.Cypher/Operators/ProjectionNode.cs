using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>Evaluates expressions into slots (WITH/RETURN items without aggregation).</summary>
internal sealed class ProjectionNode(PlanNode input, IReadOnlyList<SlotEvaluator> items, string text) : PlanNode(input)
{
    public override string Name => "Projection";

    public override string Details => text;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new ProjectionCursor(Children[0].Open(context, row), items, row, context);

    private sealed class ProjectionCursor(
        Cursor input,
        IReadOnlyList<SlotEvaluator> items,
        CypherValue[] row,
        QueryContext context
    ) : Cursor
    {
        private readonly CypherValue[] _values = new CypherValue[items.Count];

        public override bool MoveNext()
        {
            if (!input.MoveNext())
            {
                return false;
            }
            // Evaluate all first: an item may read a slot another item overwrites (WITH a AS b, b AS a).
            for (var i = 0; i < items.Count; i++)
            {
                _values[i] = items[i].Value(row, context);
            }
            for (var i = 0; i < items.Count; i++)
            {
                row[items[i].Slot] = _values[i];
            }
            return true;
        }

        public override void Close() => input.Close();
    }
}
