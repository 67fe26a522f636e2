using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>Keeps the rows whose predicate is true (null and false drop the row).</summary>
internal sealed class FilterNode(PlanNode input, Evaluator predicate, string text) : PlanNode(input)
{
    public override string Name => "Filter";

    /// <summary>The predicate as written, when it came from a WHERE conjunct (lets the planner recognise shapes).</summary>
    public Syntax.Ast.Expression? Source { get; init; }

    public override string Details => text;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new FilterCursor(Children[0].Open(context, row), predicate, row, context);

    private sealed class FilterCursor(Cursor input, Evaluator predicate, CypherValue[] row, QueryContext context)
        : Cursor
    {
        public override bool MoveNext()
        {
            while (input.MoveNext())
            {
                context.Tick();
                if (ReferenceEquals(predicate(row, context), CypherBoolean.True))
                {
                    return true;
                }
            }
            return false;
        }

        public override void Close() => input.Close();
    }
}
