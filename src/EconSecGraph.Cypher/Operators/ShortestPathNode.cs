using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Store;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>
/// shortestPath / allShortestPaths between two bound nodes: bidirectional breadth-first search for
/// one path (expanding the smaller frontier each round), level-by-level search with all parents
/// for all shortest paths. Writes the path and, when named, the relationship list.
/// Predicates on the path are applied during the search, as Neo4j does: per-relationship and per-node
/// ones (<c>all(r IN relationships(p) WHERE …)</c>, a property map on the relationship) prune the
/// breadth-first search; any other predicate on the path makes the search enumerate trails by
/// increasing length until one (or, for all shortest paths, every one of that length) satisfies it.
/// </summary>
internal sealed class ShortestPathNode(
    PlanNode input,
    int fromSlot,
    int toSlot,
    int pathSlot,
    int relsSlot,
    ExpandDirection direction,
    IReadOnlyList<string>? types,
    long min,
    long max,
    bool all,
    string text
) : PlanNode(input)
{
    public override string Name => _all ? "AllShortestPaths" : "ShortestPath";

    /// <summary>Every relationship of the path must pass this (evaluated against the current row).</summary>
    public Func<CypherRelationship, CypherValue[], QueryContext, bool>? RelationshipFilter { get; init; }

    /// <summary>Every node of the path, both ends included, must pass this.</summary>
    public Func<CypherNode, CypherValue[], QueryContext, bool>? NodeFilter { get; init; }

    /// <summary>The whole path (already written to its slots) must pass this.</summary>
    public Func<CypherValue[], QueryContext, bool>? PathFilter { get; init; }

    /// <summary>For a type expression beyond T1|T2 (<c>!T</c>, <c>T1&amp;T2</c>, <c>%</c>): which type names match.</summary>
    public Func<string, bool>? TypePredicate { get; init; }

    public override string Details => text;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new PathCursor(Children[0].Open(context, row), this, row, context);

    private sealed class PathCursor(Cursor input, ShortestPathNode node, CypherValue[] row, QueryContext context)
        : Cursor
    {
        private readonly int[]? _types = new ExpandSpec(0, 0, 0, node._direction, node._types, false, [], string.Empty)
        {
            TypePredicate = node.TypePredicate,
        }.ResolveTypes(context.Graph);
        private Queue<List<RelationshipRef>>? _pending;
        private long _start;

        public override bool MoveNext()
        {
            while (true)
            {
                if (_pending is { Count: > 0 })
                {
                    Emit(_pending.Dequeue());
                    return true;
                }
                if (!input.MoveNext())
                {
                    return false;
                }
                if (row[node._fromSlot] is not CypherNode a || row[node._toSlot] is not CypherNode b)
                {
                    continue;
                }
                _start = a.Id;
                _pending = new Queue<List<RelationshipRef>>();
                if (!NodeOk(a.Id) || !NodeOk(b.Id))
                {
                    continue;
                }
                if (a.Id == b.Id)
                {
                    if (node._min == 0 && PathOk([]))
                    {
                        _pending.Enqueue([]);
                    }
                    continue;
                }
                if (_types is { Length: 0 })
                {
                    continue;
                }
                if (node.PathFilter is not null)
                {
                    foreach (var p in ShortestSatisfying(a.Id, b.Id))
                    {
                        _pending.Enqueue(p);
                    }
                }
                else if (node._all)
                {
                    foreach (var p in AllShortest(a.Id, b.Id))
                    {
                        _pending.Enqueue(p);
                    }
                }
                else if (Shortest(a.Id, b.Id) is { } path)
                {
                    _pending.Enqueue(path);
                }
            }
        }

        private void Emit(List<RelationshipRef> rels)
        {
            var graph = context.Graph;
            var nodes = new List<CypherNode> { new EngineNode(_start, graph) };
            var relationships = new List<CypherRelationship>(rels.Count);
            var at = _start;
            foreach (var r in rels)
            {
                relationships.Add(new EngineRelationship(r, graph));
                at = r.OtherNode(at);
                nodes.Add(new EngineNode(at, graph));
            }
            if (node._pathSlot >= 0)
            {
                row[node._pathSlot] = new CypherPath(nodes, relationships);
            }
            if (node._relsSlot >= 0)
            {
                row[node._relsSlot] = CypherList.Wrap([.. relationships.Cast<CypherValue>()]);
            }
        }

        private bool NodeOk(long id) =>
            node.NodeFilter is not { } f || f(new EngineNode(id, context.Graph), row, context);

        /// <summary>May the search step over <paramref name="r"/> onto node <paramref name="to"/>?</summary>
        private bool Allowed(RelationshipRef r, long to) => RelationshipOk(r) && NodeOk(to);

        private bool RelationshipOk(RelationshipRef r) =>
            node.RelationshipFilter is not { } f || f(new EngineRelationship(r, context.Graph), row, context);

        /// <summary>Writes the candidate into the row and tests the path predicate.</summary>
        private bool PathOk(List<RelationshipRef> rels)
        {
            if (node.PathFilter is not { } f)
            {
                return true;
            }
            Emit(rels);
            return f(row, context);
        }

        /// <summary>
        /// Iterative deepening over trails (no relationship twice) from <paramref name="from"/>: the first
        /// length at which a trail to <paramref name="to"/> passes the path predicate wins.
        /// </summary>
        private List<List<RelationshipRef>> ShortestSatisfying(long from, long to)
        {
            var graph = context.Graph;
            var found = new List<List<RelationshipRef>>();
            for (var length = Math.Max(node._min, 1); length <= node._max; length++)
            {
                var reached = false;
                var trail = new List<RelationshipRef>();
                var used = new HashSet<long>();
                var stack = new List<IEnumerator<RelationshipRef>> { Steps(from).GetEnumerator() };
                var at = new List<long> { from };
                while (stack.Count > 0)
                {
                    var top = stack[^1];
                    if (!top.MoveNext())
                    {
                        top.Dispose();
                        stack.RemoveAt(stack.Count - 1);
                        at.RemoveAt(at.Count - 1);
                        if (trail.Count > 0)
                        {
                            used.Remove(trail[^1].Id);
                            trail.RemoveAt(trail.Count - 1);
                        }
                        continue;
                    }
                    var r = top.Current;
                    context.Tick();
                    context.DbHits++;
                    if (used.Contains(r.Id))
                    {
                        continue;
                    }
                    var other = r.OtherNode(at[^1]);
                    trail.Add(r);
                    if (trail.Count == length)
                    {
                        reached = true;
                        if (other == to && PathOk(trail))
                        {
                            found.Add([.. trail]);
                            context.Buffer();
                            if (!node._all)
                            {
                                return found;
                            }
                        }
                        trail.RemoveAt(trail.Count - 1);
                        continue;
                    }
                    used.Add(r.Id);
                    at.Add(other);
                    stack.Add(Steps(other).GetEnumerator());
                }
                if (found.Count > 0 || !reached)
                {
                    break;
                }
            }
            return found;

            IEnumerable<RelationshipRef> Steps(long n)
            {
                foreach (var r in graph.Relationships(n, node._direction, _types))
                {
                    if (RelationshipOk(r) && NodeOk(r.OtherNode(n)))
                    {
                        yield return r;
                    }
                }
            }
        }

        private static ExpandDirection Reverse(ExpandDirection d) =>
            d switch
            {
                ExpandDirection.Outgoing => ExpandDirection.Incoming,
                ExpandDirection.Incoming => ExpandDirection.Outgoing,
                _ => ExpandDirection.Both,
            };

        private List<RelationshipRef>? Shortest(long from, long to)
        {
            var scratch = PathSearchScratch.Rent();
            try
            {
                return Shortest(from, to, scratch);
            }
            finally
            {
                scratch.Return();
            }
        }

        private List<RelationshipRef>? Shortest(long from, long to, PathSearchScratch scratch)
        {
            var graph = context.Graph;
            var filtered = node.RelationshipFilter is not null || node.NodeFilter is not null;
            var (forward, backward) = (scratch.SlotsA, scratch.SlotsB);
            var (forwardRels, backwardRels) = (scratch.RelsA, scratch.RelsB);
            forward.Set(from, -1);
            backward.Set(to, -1);
            var fFrontier = scratch.FrontierA;
            var bFrontier = scratch.FrontierB;
            var spare = scratch.Spare;
            fFrontier.Add(from);
            bFrontier.Add(to);
            long depth = 0;
            while (fFrontier.Count > 0 && bFrontier.Count > 0 && depth < node._max)
            {
                var expandForward = fFrontier.Count <= bFrontier.Count;
                var frontier = expandForward ? fFrontier : bFrontier;
                var (mine, mineRels) = expandForward ? (forward, forwardRels) : (backward, backwardRels);
                var theirs = expandForward ? backward : forward;
                var dir = expandForward ? node._direction : Reverse(node._direction);
                var next = spare;
                next.Clear();
                depth++;
                foreach (var n in frontier)
                {
                    var hop = graph.Adjacency(n, dir, _types);
                    while (hop.MoveNext())
                    {
                        context.Tick();
                        context.DbHits++;
                        var other = hop.OtherNodeId;
                        if (mine.Contains(other))
                        {
                            continue;
                        }
                        var r = hop.Current;
                        if (filtered && (!RelationshipOk(r) || !NodeOk(other)))
                        {
                            continue;
                        }
                        mineRels.Add(r);
                        mine.Set(other, mineRels.Count - 1);
                        if (theirs.Contains(other))
                        {
                            return Join(other, forward, forwardRels, backward, backwardRels);
                        }
                        next.Add(other);
                    }
                }
                spare = frontier;
                if (expandForward)
                {
                    fFrontier = next;
                }
                else
                {
                    bFrontier = next;
                }
            }
            return null;
        }

        /// <summary>The path through <paramref name="meet"/>: back to the start by the forward side's relationships, on to the end by the backward side's.</summary>
        private static List<RelationshipRef> Join(
            long meet,
            NodeSlots forward,
            List<RelationshipRef> forwardRels,
            NodeSlots backward,
            List<RelationshipRef> backwardRels
        )
        {
            var left = new List<RelationshipRef>();
            var at = meet;
            for (var i = forward[at]; i >= 0; i = forward[at])
            {
                var r = forwardRels[i];
                left.Add(r);
                at = r.OtherNode(at);
            }
            left.Reverse();
            at = meet;
            for (var i = backward[at]; i >= 0; i = backward[at])
            {
                var r = backwardRels[i];
                left.Add(r);
                at = r.OtherNode(at);
            }
            return left;
        }

        /// <summary>
        /// Every shortest path, by bidirectional layered BFS: both sides keep all parent relationships of
        /// each node; once a completed layer of one side touches the other side, the shortest length L is
        /// known and every shortest path splits uniquely at the edge leaving that layer, so the paths are
        /// (shortest paths to u) × (u–v) × (shortest paths from v) over those middle edges.
        /// </summary>
        private List<List<RelationshipRef>> AllShortest(long from, long to)
        {
            var scratch = PathSearchScratch.Rent();
            try
            {
                return AllShortest(from, to, scratch);
            }
            finally
            {
                scratch.Return();
            }
        }

        private List<List<RelationshipRef>> AllShortest(long from, long to, PathSearchScratch scratch)
        {
            var graph = context.Graph;
            var filtered = node.RelationshipFilter is not null || node.NodeFilter is not null;
            var result = new List<List<RelationshipRef>>();
            var sideA = new Side(
                from,
                node._direction,
                scratch.SlotsA,
                scratch.NodesA,
                scratch.LinksA,
                scratch.FrontierA,
                scratch.Spare
            );
            var sideB = new Side(
                to,
                Reverse(node._direction),
                scratch.SlotsB,
                scratch.NodesB,
                scratch.LinksB,
                scratch.FrontierB,
                scratch.SpareB
            );
            long depth = 0;
            while (sideA.Frontier.Count > 0 && sideB.Frontier.Count > 0 && depth < node._max)
            {
                var (mine, theirs) = sideA.Frontier.Count <= sideB.Frontier.Count ? (sideA, sideB) : (sideB, sideA);
                // does this layer reach the other side? then L is decided by it
                var best = long.MaxValue;
                foreach (var u in mine.Frontier)
                {
                    var hop = graph.Adjacency(u, mine.Direction, _types);
                    while (hop.MoveNext())
                    {
                        context.Tick();
                        context.DbHits++;
                        var v = hop.OtherNodeId;
                        if (theirs.TryDepth(v, out var d) && (!filtered || Allowed(hop.Current, v)))
                        {
                            best = Math.Min(best, mine.Level + 1 + d);
                        }
                    }
                }
                if (best != long.MaxValue)
                {
                    if (best <= node._max)
                    {
                        var wanted = best - mine.Level - 1;
                        foreach (var u in mine.Frontier)
                        {
                            var hop = graph.Adjacency(u, mine.Direction, _types);
                            while (hop.MoveNext())
                            {
                                var v = hop.OtherNodeId;
                                if (
                                    theirs.TryDepth(v, out var d)
                                    && d == wanted
                                    && (!filtered || Allowed(hop.Current, v))
                                )
                                {
                                    Combine(mine, u, hop.Current, theirs, v, from, result);
                                }
                            }
                        }
                    }
                    return result;
                }
                mine.Expand(graph, _types, context, filtered ? Allowed : null);
                depth++;
            }
            return result;
        }

        /// <summary>Adds every path a→…→u–r–v→…→b (or the mirror when <paramref name="mine"/> is b's side).</summary>
        private void Combine(
            Side mine,
            long u,
            RelationshipRef r,
            Side theirs,
            long v,
            long from,
            List<List<RelationshipRef>> result
        )
        {
            var toU = mine.PathsTo(u); // each from mine's root to u
            var toV = theirs.PathsTo(v); // each from theirs' root to v
            foreach (var left in toU)
            {
                foreach (var right in toV)
                {
                    var path = new List<RelationshipRef>(left.Count + right.Count + 1);
                    if (mine.Root == from)
                    {
                        path.AddRange(left);
                        path.Add(r);
                        for (var i = right.Count - 1; i >= 0; i--)
                        {
                            path.Add(right[i]);
                        }
                    }
                    else
                    {
                        path.AddRange(right);
                        path.Add(r);
                        for (var i = left.Count - 1; i >= 0; i--)
                        {
                            path.Add(left[i]);
                        }
                    }
                    result.Add(path);
                    context.Buffer();
                }
            }
        }

        /// <summary>
        /// One side of the bidirectional search: per visited node (found through <see cref="_index"/>) its
        /// depth and its parent relationships, a linked list in <see cref="_links"/> in the order found.
        /// </summary>
        private sealed class Side
        {
            private readonly NodeSlots _index;
            private readonly List<SideNode> _nodes;
            private readonly List<ParentLink> _links;
            private List<long> _spare;

            // the maps and lists come empty from the rented scratch set; the next frontier is built in
            // the spare list, and the two lists alternate
            public Side(
                long root,
                ExpandDirection direction,
                NodeSlots index,
                List<SideNode> nodes,
                List<ParentLink> links,
                List<long> frontier,
                List<long> spare
            )
            {
                Root = root;
                Direction = direction;
                _index = index;
                _nodes = nodes;
                _links = links;
                Frontier = frontier;
                _spare = spare;
                nodes.Add(new SideNode(0, -1, -1));
                index.Set(root, 0);
                frontier.Add(root);
            }

            public long Root { get; }

            public ExpandDirection Direction { get; }

            public long Level { get; private set; }

            public List<long> Frontier { get; private set; }

            /// <summary>The depth of <paramref name="node"/> on this side, when visited.</summary>
            public bool TryDepth(long node, out long depth)
            {
                if (_index.TryGet(node, out var i))
                {
                    depth = _nodes[i].Depth;
                    return true;
                }
                depth = 0;
                return false;
            }

            public void Expand(
                IGraphView graph,
                int[]? types,
                QueryContext context,
                Func<RelationshipRef, long, bool>? allowed
            )
            {
                var next = _spare;
                next.Clear();
                var level = Level + 1;
                foreach (var u in Frontier)
                {
                    var hop = graph.Adjacency(u, Direction, types);
                    while (hop.MoveNext())
                    {
                        context.Tick();
                        context.DbHits++;
                        var v = hop.OtherNodeId;
                        var known = _index.TryGet(v, out var i);
                        if (known && _nodes[i].Depth != level)
                        {
                            continue;
                        }
                        var r = hop.Current;
                        if (allowed is not null && !allowed(r, v))
                        {
                            continue;
                        }
                        _links.Add(new ParentLink(r, -1));
                        var link = _links.Count - 1;
                        if (known)
                        {
                            var seen = _nodes[i];
                            _links[seen.Tail] = _links[seen.Tail] with { Next = link };
                            _nodes[i] = seen with { Tail = link };
                            continue;
                        }
                        _nodes.Add(new SideNode(level, link, link));
                        _index.Set(v, _nodes.Count - 1);
                        next.Add(v);
                    }
                }
                _spare = Frontier;
                Frontier = next;
                Level = level;
            }

            /// <summary>All shortest relationship sequences from <see cref="Root"/> to <paramref name="node"/>.</summary>
            public List<List<RelationshipRef>> PathsTo(long node)
            {
                if (node == Root)
                {
                    return
                    [
                        [],
                    ];
                }
                var paths = new List<List<RelationshipRef>>();
                for (var link = _nodes[_index[node]].Head; link >= 0; link = _links[link].Next)
                {
                    var r = _links[link].Relationship;
                    foreach (var prefix in PathsTo(r.OtherNode(node)))
                    {
                        prefix.Add(r);
                        paths.Add(prefix);
                    }
                }
                return paths;
            }
        }

        public override void Close() => input.Close();
    }

    private readonly int _fromSlot = fromSlot;
    private readonly int _toSlot = toSlot;
    private readonly int _pathSlot = pathSlot;
    private readonly int _relsSlot = relsSlot;
    private readonly ExpandDirection _direction = direction;
    private readonly IReadOnlyList<string>? _types = types;
    private readonly long _min = min;
    private readonly long _max = max;
    private readonly bool _all = all;
}
