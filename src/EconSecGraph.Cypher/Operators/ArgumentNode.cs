using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>The leaf of every plan: one row, the frame as the caller left it (empty for a top-level query).</summary>
internal sealed class ArgumentNode : PlanNode
{
    public override string Name => "Argument";

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) => new ArgumentCursor();

    private sealed class ArgumentCursor : Cursor
    {
        private bool _done;

        public override bool MoveNext()
        {
            if (_done)
            {
                return false;
            }
            _done = true;
            return true;
        }
    }
}
