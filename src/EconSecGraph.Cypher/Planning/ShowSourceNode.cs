using EconSecGraph.Cypher.Operators;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Planning;

/// <summary>The rows of a SHOW command, one slot per column.</summary>
internal sealed class ShowSourceNode(
    ShowCommandKind kind,
    string? filter,
    Func<QueryContext, string?, IEnumerable<CypherValue[]>> rows
) : PlanNode()
{
    public int[] Slots { get; set; } = [];

    public override string Name => "Show" + kind;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new ShowCursor(rows(context, filter).GetEnumerator(), Slots, row);

    private sealed class ShowCursor(IEnumerator<CypherValue[]> rows, int[] slots, CypherValue[] row) : Cursor
    {
        public override bool MoveNext()
        {
            if (!rows.MoveNext())
            {
                return false;
            }
            var r = rows.Current;
            for (var i = 0; i < slots.Length; i++)
            {
                row[slots[i]] = r[i];
            }
            return true;
        }
    }
}
