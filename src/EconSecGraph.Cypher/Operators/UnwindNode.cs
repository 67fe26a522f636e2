using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>One row per list element; null gives no rows; any other value gives one row with that value.</summary>
internal sealed class UnwindNode(PlanNode input, Evaluator list, int slot, string text) : PlanNode(input)
{
    public override string Name => "Unwind";

    public override string Details => text;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new UnwindCursor(Children[0].Open(context, row), list, slot, row, context);

    private sealed class UnwindCursor(Cursor input, Evaluator list, int slot, CypherValue[] row, QueryContext context)
        : Cursor
    {
        private CypherList? _items;
        private int _next;

        public override bool MoveNext()
        {
            while (true)
            {
                if (_items is not null && _next < _items.Count)
                {
                    context.Tick();
                    row[slot] = _items[_next++];
                    return true;
                }
                _items = null;
                if (!input.MoveNext())
                {
                    return false;
                }
                var value = list(row, context);
                switch (value)
                {
                    case CypherList l:
                        _items = l;
                        _next = 0;
                        break;
                    case CypherNull:
                        break;
                    default:
                        row[slot] = value;
                        return true;
                }
            }
        }

        public override void Close() => input.Close();
    }
}
