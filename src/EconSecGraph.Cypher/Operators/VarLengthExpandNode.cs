using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Store;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>
/// <c>-[r*min..max]-&gt;</c>: depth-first over relationships, each relationship at most once per path
/// (and never one already bound elsewhere in the pattern). Writes the relationship list and the end node.
/// </summary>
internal sealed class VarLengthExpandNode : PlanNode
{
    private readonly ExpandSpec _spec;
    private readonly long _min;
    private readonly long _max;
    private readonly int _tempRelSlot;
    private readonly Evaluator? _relFilter;

    public VarLengthExpandNode(
        PlanNode input,
        ExpandSpec spec,
        long min,
        long max,
        int tempRelSlot,
        Evaluator? relFilter
    )
        : base(input)
    {
        _spec = spec;
        _min = min;
        _max = max;
        _tempRelSlot = tempRelSlot;
        _relFilter = relFilter;
    }

    public override string Name => _spec.Into ? "VarLengthExpand(Into)" : "VarLengthExpand(All)";

    public ExpandSpec Spec => _spec;

    public long Min => _min;

    public long Max => _max;

    public bool HasRelationshipFilter => _relFilter is not null;

    public override string Details => _spec.Text;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new VarCursor(Children[0].Open(context, row), this, row, context);

    private sealed class VarCursor(Cursor input, VarLengthExpandNode node, CypherValue[] row, QueryContext context)
        : Cursor
    {
        private readonly ExpandSpec _spec = node._spec;
        private readonly int[]? _types = node._spec.ResolveTypes(context.Graph);
        private readonly List<(IEnumerator<RelationshipRef>? Rels, long Node)> _stack = [];
        private readonly List<RelationshipRef> _path = [];
        private bool _pendingZero;
        private long _start;

        public override bool MoveNext()
        {
            var graph = context.Graph;
            while (true)
            {
                context.Tick();
                if (_pendingZero)
                {
                    _pendingZero = false;
                    if (Emit(_start))
                    {
                        return true;
                    }
                }
                if (_stack.Count == 0)
                {
                    if (!input.MoveNext())
                    {
                        return false;
                    }
                    if (row[_spec.FromSlot] is not CypherNode from)
                    {
                        continue;
                    }
                    _start = from.Id;
                    _path.Clear();
                    _pendingZero = node._min == 0;
                    var noTypes = _types is { Length: 0 };
                    _stack.Add(
                        (
                            node._max > 0 && !noTypes
                                ? graph.Relationships(_start, _spec.Direction, _types).GetEnumerator()
                                : null,
                            _start
                        )
                    );
                    continue;
                }
                var (rels, at) = _stack[^1];
                if (rels is null || !rels.MoveNext())
                {
                    rels?.Dispose();
                    _stack.RemoveAt(_stack.Count - 1);
                    if (_path.Count > 0)
                    {
                        _path.RemoveAt(_path.Count - 1);
                    }
                    continue;
                }
                context.DbHits++;
                var r = rels.Current;
                if (OnPath(r.Id) || !_spec.IsUnique(row, r.Id) || !Accept(r))
                {
                    continue;
                }
                _path.Add(r);
                var other = r.OtherNode(at);
                _stack.Add(
                    (
                        _path.Count < node._max
                            ? graph.Relationships(other, _spec.Direction, _types).GetEnumerator()
                            : null,
                        other
                    )
                );
                if (_path.Count >= node._min && Emit(other))
                {
                    return true;
                }
            }
        }

        private bool OnPath(long id)
        {
            foreach (var p in _path)
            {
                if (p.Id == id)
                {
                    return true;
                }
            }
            return false;
        }

        private bool Accept(in RelationshipRef r)
        {
            if (node._relFilter is null)
            {
                return true;
            }
            row[node._tempRelSlot] = new EngineRelationship(r, context.Graph);
            return ReferenceEquals(node._relFilter(row, context), CypherBoolean.True);
        }

        private bool Emit(long end)
        {
            if (_spec.Into && (row[_spec.ToSlot] is not CypherNode target || target.Id != end))
            {
                return false;
            }
            var graph = context.Graph;
            var items = new CypherValue[_path.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = new EngineRelationship(_path[i], graph);
            }
            if (_spec.RelSlot >= 0)
            {
                row[_spec.RelSlot] = CypherList.Wrap(items);
            }
            if (!_spec.Into)
            {
                row[_spec.ToSlot] = new EngineNode(end, graph);
            }
            return true;
        }

        public override void Close()
        {
            foreach (var (rels, _) in _stack)
            {
                rels?.Dispose();
            }
            _stack.Clear();
            input.Close();
        }
    }
}
