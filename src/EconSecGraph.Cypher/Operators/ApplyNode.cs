using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>
/// For each row of the left input, runs the right plan (whose leaf is an <see cref="ArgumentNode"/>)
/// over that row. Optional: when the right side yields nothing, emits the row once with
/// <paramref name="nullSlots"/> set to null (OPTIONAL MATCH, OPTIONAL CALL).
/// </summary>
internal sealed class ApplyNode(PlanNode left, PlanNode right, bool optional, int[] nullSlots, string name)
    : PlanNode(left, right)
{
    public override string Name => name;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new ApplyCursor(Children[0].Open(context, row), Children[1], optional, nullSlots, row, context);

    private sealed class ApplyCursor(
        Cursor left,
        PlanNode right,
        bool optional,
        int[] nullSlots,
        CypherValue[] row,
        QueryContext context
    ) : Cursor
    {
        private Cursor? _right;
        private bool _matched;

        public override bool MoveNext()
        {
            while (true)
            {
                if (_right is not null)
                {
                    if (_right.MoveNext())
                    {
                        _matched = true;
                        return true;
                    }
                    _right = null;
                    if (optional && !_matched)
                    {
                        foreach (var s in nullSlots)
                        {
                            row[s] = CypherNull.Instance;
                        }
                        return true;
                    }
                }
                if (!left.MoveNext())
                {
                    return false;
                }
                context.Tick();
                _matched = false;
                _right = right.Open(context, row);
            }
        }

        public override void Close()
        {
            _right?.Close();
            left.Close();
        }
    }
}
