using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>
/// MERGE: for each input row, matches the pattern (the <c>match</c> plan, rooted at an Argument);
/// runs ON MATCH for every match, or creates the pattern and runs ON CREATE when nothing matched.
/// Later rows see earlier rows' creations, so a repeated key is created once.
/// </summary>
internal sealed class MergeNode(
    PlanNode input,
    PlanNode match,
    IReadOnlyList<CreateAction> create,
    IReadOnlyList<Action<CypherValue[], QueryContext>> onMatch,
    IReadOnlyList<Action<CypherValue[], QueryContext>> onCreate,
    string text
) : PlanNode(input, match)
{
    public override string Name => "Merge";

    public override string Details => text;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new MergeCursor(this, Children[0].Open(context, row), row, context);

    private sealed class MergeCursor(MergeNode node, Cursor input, CypherValue[] row, QueryContext context) : Cursor
    {
        private readonly List<CypherValue[]> _matches = [];
        private int _next;

        public override bool MoveNext()
        {
            while (true)
            {
                if (_next < _matches.Count)
                {
                    Array.Copy(_matches[_next++], row, row.Length);
                    foreach (var step in node.OnMatchSteps)
                    {
                        step(row, context);
                    }
                    return true;
                }
                _matches.Clear();
                _next = 0;
                if (!input.MoveNext())
                {
                    return false;
                }
                context.Tick();
                context.RequireWriter();
                var m = node.Children[1].Open(context, row);
                while (m.MoveNext())
                {
                    _matches.Add((CypherValue[])row.Clone());
                }
                if (_matches.Count > 0)
                {
                    continue;
                }
                GraphWrites.Create(node.CreateActions, row, context);
                foreach (var step in node.OnCreateSteps)
                {
                    step(row, context);
                }
                return true;
            }
        }

        public override void Close() => input.Close();
    }

    private IReadOnlyList<CreateAction> CreateActions { get; } = create;
    private IReadOnlyList<Action<CypherValue[], QueryContext>> OnMatchSteps { get; } = onMatch;
    private IReadOnlyList<Action<CypherValue[], QueryContext>> OnCreateSteps { get; } = onCreate;
}
