using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>Passes at most N rows, then stops pulling from its input.</summary>
internal sealed class LimitNode(PlanNode input, Evaluator count, string text, bool drainOnZero = false)
    : PlanNode(input)
{
    public override string Name => "Limit";

    public override string Details => text;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row)
    {
        var n = RowCount.Evaluate(count, row, context, "LIMIT");
        var source = Children[0].Open(context, row);
        if (n == 0 && drainOnZero)
        {
            // the updates below must still happen for every row
            while (source.MoveNext()) { }
        }
        return new LimitCursor(source, n);
    }

    private sealed class LimitCursor(Cursor input, long limit) : Cursor
    {
        private long _seen;

        public override bool MoveNext()
        {
            if (_seen >= limit)
            {
                return false;
            }
            if (!input.MoveNext())
            {
                return false;
            }
            _seen++;
            if (_seen >= limit)
            {
                input.Close();
            }
            return true;
        }

        public override void Close() => input.Close();
    }
}
