using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>FOREACH (x IN list | updates): runs the inner update plan once per element; passes the row on unchanged.</summary>
internal sealed class ForeachNode(PlanNode input, PlanNode body, Evaluator list, int slot, string text)
    : PlanNode(input, body)
{
    public override string Name => "Foreach";

    public override string Details => text;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new ForeachCursor(Children[0].Open(context, row), Children[1], list, slot, row, context);

    private sealed class ForeachCursor(
        Cursor input,
        PlanNode body,
        Evaluator list,
        int slot,
        CypherValue[] row,
        QueryContext context
    ) : Cursor
    {
        public override bool MoveNext()
        {
            if (!input.MoveNext())
            {
                return false;
            }
            var value = list(row, context);
            if (value.IsNull)
            {
                return true;
            }
            if (value is not CypherList items)
            {
                throw new Graph.Errors.CypherTypeException(
                    "Type mismatch: expected a list in FOREACH but was " + value.TypeName + ".",
                    detail: "InvalidArgumentType"
                );
            }
            var saved = (CypherValue[])row.Clone();
            foreach (var item in items)
            {
                context.Tick();
                row[slot] = item;
                var c = body.Open(context, row);
                while (c.MoveNext()) { }
            }
            Array.Copy(saved, row, row.Length);
            return true;
        }

        public override void Close() => input.Close();
    }
}
