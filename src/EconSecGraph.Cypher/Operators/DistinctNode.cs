using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>Drops rows whose key slots are equivalent to an earlier row's (DISTINCT); streams.</summary>
internal sealed class DistinctNode(PlanNode input, int[] keySlots, string text) : PlanNode(input)
{
    public override string Name => "Distinct";

    public override string Details => text;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new DistinctCursor(Children[0].Open(context, row), keySlots, row, context);

    private sealed class DistinctCursor(Cursor input, int[] keySlots, CypherValue[] row, QueryContext context) : Cursor
    {
        private readonly HashSet<GroupKey> _seen = [];

        public override bool MoveNext()
        {
            while (input.MoveNext())
            {
                var key = new CypherValue[keySlots.Length];
                for (var i = 0; i < key.Length; i++)
                {
                    key[i] = row[keySlots[i]];
                }
                if (_seen.Add(new GroupKey(key)))
                {
                    context.Buffer();
                    return true;
                }
                context.Tick();
            }
            return false;
        }

        public override void Close()
        {
            context.Release(_seen.Count);
            _seen.Clear();
            input.Close();
        }
    }
}
