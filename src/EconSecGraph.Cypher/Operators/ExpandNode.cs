using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Store;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>
/// One hop from a bound node: writes the relationship and the node at its other end (ExpandAll), or,
/// when the other end is already bound, keeps only relationships that reach it (ExpandInto).
/// Relationships already bound in the same pattern are skipped (relationship uniqueness).
/// </summary>
internal sealed class ExpandNode : PlanNode
{
    private readonly ExpandSpec _spec;

    public ExpandNode(PlanNode input, ExpandSpec spec)
        : base(input) => _spec = spec;

    public override string Name => _spec.Into ? "Expand(Into)" : "Expand(All)";

    public ExpandSpec Spec => _spec;

    public override string Details => _spec.Text;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new ExpandCursor(Children[0].Open(context, row), _spec, row, context);

    private sealed class ExpandCursor(Cursor input, ExpandSpec spec, CypherValue[] row, QueryContext context) : Cursor
    {
        private readonly int[]? _types = spec.ResolveTypes(context.Graph);
        private IEnumerator<RelationshipRef>? _rels;
        private long _from;

        public override bool MoveNext()
        {
            var graph = context.Graph;
            while (true)
            {
                if (_rels is not null)
                {
                    while (_rels.MoveNext())
                    {
                        context.Tick();
                        context.DbHits++;
                        var r = _rels.Current;
                        var other = r.OtherNode(_from);
                        if (spec.Into)
                        {
                            if (row[spec.ToSlot] is not CypherNode target || target.Id != other)
                            {
                                continue;
                            }
                        }
                        if (!spec.IsUnique(row, r.Id))
                        {
                            continue;
                        }
                        if (spec.RelSlot >= 0)
                        {
                            row[spec.RelSlot] = new EngineRelationship(r, graph);
                        }
                        if (!spec.Into)
                        {
                            row[spec.ToSlot] = new EngineNode(other, graph);
                        }
                        return true;
                    }
                    _rels.Dispose();
                    _rels = null;
                }
                if (!input.MoveNext())
                {
                    return false;
                }
                if (row[spec.FromSlot] is not CypherNode from || (_types is { Length: 0 }))
                {
                    continue;
                }
                _from = from.Id;
                _rels = graph.Relationships(_from, spec.Direction, _types).GetEnumerator();
            }
        }

        public override void Close()
        {
            _rels?.Dispose();
            _rels = null;
            input.Close();
        }
    }
}
