using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Store;
using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>
/// <c>MATCH (n)-[*0..k]-(m) [WHERE m &lt;&gt; n] RETURN count(DISTINCT m)</c> without building paths: the
/// distinct end nodes of relationship-unique paths of length min..max (min ≤ 1) are exactly the nodes
/// within max hops by breadth-first search (a shortest path never repeats a relationship), plus the
/// start node when min is 0. Replaces Expand/VarLengthExpand (+ that filter) + Aggregation; the planner
/// only uses it when nothing else reads the pattern's variables.
/// </summary>
internal sealed class DistinctEndCountNode : PlanNode
{
    private readonly ExpandSpec _spec;
    private readonly long _max;
    private readonly bool _includeStart;
    private readonly bool _singleHop;
    private readonly bool _excludeStart;
    private readonly int _resultSlot;

    private DistinctEndCountNode(
        PlanNode input,
        ExpandSpec spec,
        long max,
        bool includeStart,
        bool singleHop,
        bool excludeStart,
        int resultSlot
    )
        : base(input)
    {
        _excludeStart = excludeStart;
        _spec = spec;
        _max = max;
        _includeStart = includeStart;
        _singleHop = singleHop;
        _resultSlot = resultSlot;
    }

    public override string Name => "DistinctEndCount";

    public override string Details => _spec.Text;

    /// <summary>The fast plan for <c>count(DISTINCT m)</c> over <paramref name="input"/>, or null when its shape does not fit.</summary>
    public static DistinctEndCountNode? TryCreate(
        PlanNode input,
        int countedSlot,
        int resultSlot,
        Func<string, int> slotOf
    )
    {
        var node = input;
        var excludeStart = false;
        if (node is FilterNode { Source: BinaryExpression { Operator: BinaryOperator.NotEqual } ne } filter)
        {
            if (
                ne is not { Left: Variable a, Right: Variable b }
                || node.Children[0] is not (ExpandNode or VarLengthExpandNode)
            )
            {
                return null;
            }
            var spec = node.Children[0] is ExpandNode e ? e.Spec : ((VarLengthExpandNode)node.Children[0]).Spec;
            var (sa, sb) = (slotOf(a.Name), slotOf(b.Name));
            if (!(sa == spec.FromSlot && sb == spec.ToSlot) && !(sa == spec.ToSlot && sb == spec.FromSlot))
            {
                return null;
            }
            excludeStart = true;
            node = filter.Children[0];
        }
        switch (node)
        {
            case ExpandNode { Spec: { Into: false, DistinctFrom.Length: 0 } spec } expand
                when spec.ToSlot == countedSlot:
                // one hop reaches the start node only through a self-loop, which the relationships show
                return new DistinctEndCountNode(
                    expand.Children[0],
                    spec,
                    1,
                    includeStart: false,
                    true,
                    excludeStart,
                    resultSlot
                );
            case VarLengthExpandNode
            {
                Spec: { Into: false, DistinctFrom.Length: 0 } spec,
                HasRelationshipFilter: false,
                Min: <= 1,
                Max: >= 1,
            } var when spec.ToSlot == countedSlot && (var.Min == 0 || excludeStart):
                return new DistinctEndCountNode(
                    var.Children[0],
                    spec,
                    var.Max,
                    includeStart: var.Min == 0 && !excludeStart,
                    false,
                    excludeStart,
                    resultSlot
                );
            default:
                return null;
        }
    }

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new CountCursor(Children[0].Open(context, row), this, row, context);

    /// <summary>One query's BFS state, handed from query to query (a second concurrent query makes its own).</summary>
    private sealed class Buffers
    {
        public readonly VisitMarks Seen = new();
        public readonly VisitMarks Visited = new();
        public readonly List<long> Frontier = [];
        public readonly List<long> Next = [];
    }

    private static Buffers? s_spare;

    private sealed class CountCursor(Cursor input, DistinctEndCountNode node, CypherValue[] row, QueryContext context)
        : Cursor
    {
        private readonly bool _excludeStart = node._excludeStart;
        private bool _done;

        public override bool MoveNext()
        {
            if (_done)
            {
                return false;
            }
            _done = true;
            var graph = context.Graph;
            var spec = node._spec;
            var types = spec.ResolveTypes(graph);
            var buffers = Interlocked.Exchange(ref s_spare, null) ?? new Buffers();
            try
            {
                Count(graph, spec, types, buffers);
            }
            finally
            {
                buffers.Frontier.Clear();
                buffers.Next.Clear();
                Volatile.Write(ref s_spare, buffers);
            }
            return true;
        }

        private void Count(IGraphView graph, ExpandSpec spec, int[]? types, Buffers buffers)
        {
            var seen = buffers.Seen;
            seen.Reset();
            var visited = buffers.Visited;
            var frontier = buffers.Frontier;
            var next = buffers.Next;
            var first = true;
            while (input.MoveNext())
            {
                context.Tick();
                if (row[spec.FromSlot] is not CypherNode from)
                {
                    continue;
                }
                if (node._includeStart)
                {
                    seen.Add(from.Id);
                }
                if (types is { Length: 0 })
                {
                    continue;
                }
                if (node._singleHop)
                {
                    var hop = graph.Adjacency(from.Id, spec.Direction, types);
                    while (hop.MoveNext())
                    {
                        context.DbHits++;
                        var other = hop.OtherNodeId;
                        if (other != from.Id || !_excludeStart)
                        {
                            seen.Add(other);
                        }
                    }
                    continue;
                }
                if (first)
                {
                    // the first ball goes straight into the (still empty) result set: one mark per node
                    // instead of two; the start, marked to stop the search, is taken out again
                    var startMarked = seen.Add(from.Id);
                    Ball(graph, from.Id, types, seen, frontier, next, seen);
                    if (startMarked)
                    {
                        seen.Remove(from.Id);
                    }
                }
                else
                {
                    visited.Reset();
                    visited.Add(from.Id);
                    Ball(graph, from.Id, types, seen, frontier, next, visited);
                }
                first = false;
            }
            row[node._resultSlot] = CypherInteger.Of(seen.Count);
        }

        /// <summary>
        /// Adds every node within max hops of <paramref name="start"/> to <paramref name="seen"/>, searching
        /// from the nodes not yet in <paramref name="visited"/> (which holds the start already; it may be
        /// <paramref name="seen"/> itself).
        /// </summary>
        private void Ball(
            IGraphView graph,
            long start,
            int[]? types,
            VisitMarks seen,
            List<long> frontier,
            List<long> next,
            VisitMarks visited
        )
        {
            var spec = node._spec;
            frontier.Clear();
            frontier.Add(start);
            for (long depth = 0; depth < node._max && frontier.Count > 0; depth++)
            {
                next.Clear();
                var last = depth + 1 == node._max;
                foreach (var u in frontier)
                {
                    var hop = graph.Adjacency(u, spec.Direction, types);
                    while (hop.MoveNext())
                    {
                        context.Tick();
                        context.DbHits++;
                        var v = hop.OtherNodeId;
                        if (visited.Add(v))
                        {
                            seen.Add(v);
                            if (!last)
                            {
                                next.Add(v);
                            }
                        }
                    }
                }
                (frontier, next) = (next, frontier);
            }
        }

        public override void Close() => input.Close();
    }
}
