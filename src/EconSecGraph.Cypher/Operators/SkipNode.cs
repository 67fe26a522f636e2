using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>Drops the first N rows.</summary>
internal sealed class SkipNode(PlanNode input, Evaluator count, string text) : PlanNode(input)
{
    public override string Name => "Skip";

    public override string Details => text;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row)
    {
        var n = RowCount.Evaluate(count, row, context, "SKIP");
        return new SkipCursor(Children[0].Open(context, row), n);
    }

    private sealed class SkipCursor(Cursor input, long skip) : Cursor
    {
        private long _skipped;

        public override bool MoveNext()
        {
            while (_skipped < skip)
            {
                if (!input.MoveNext())
                {
                    return false;
                }
                _skipped++;
            }
            return input.MoveNext();
        }

        public override void Close() => input.Close();
    }
}
