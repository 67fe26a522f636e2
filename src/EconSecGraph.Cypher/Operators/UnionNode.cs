using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>UNION ALL: the left plan's rows, then the right's; both write the same output slots.</summary>
internal sealed class UnionNode(PlanNode left, PlanNode right) : PlanNode(left, right)
{
    public override string Name => "Union";

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new UnionCursor(Children, row, context);

    private sealed class UnionCursor(IReadOnlyList<PlanNode> children, CypherValue[] row, QueryContext context) : Cursor
    {
        private readonly CypherValue[] _start = (CypherValue[])row.Clone();
        private Cursor? _current = children[0].Open(context, row);
        private int _index;

        public override bool MoveNext()
        {
            while (_current is not null)
            {
                if (_current.MoveNext())
                {
                    return true;
                }
                _index++;
                if (_index >= children.Count)
                {
                    _current = null;
                    return false;
                }
                Array.Copy(_start, row, row.Length);
                _current = children[_index].Open(context, row);
            }
            return false;
        }

        public override void Close() => _current?.Close();
    }
}
