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
            var graph = context.Graph;
            var forward = new Dictionary<long, RelationshipRef?> { [from] = null };
            var backward = new Dictionary<long, RelationshipRef?> { [to] = null };
            var fFrontier = new List<long> { from };
            var bFrontier = new List<long> { to };
            long depth = 0;
            while (fFrontier.Count > 0 && bFrontier.Count > 0 && depth < node._max)
            {
                var expandForward = fFrontier.Count <= bFrontier.Count;
                var frontier = expandForward ? fFrontier : bFrontier;
                var mine = expandForward ? forward : backward;
                var theirs = expandForward ? backward : forward;
                var dir = expandForward ? node._direction : Reverse(node._direction);
                var next = new List<long>();
                depth++;
                foreach (var n in frontier)
                {
                    foreach (var r in graph.Relationships(n, dir, _types))
                    {
                        context.Tick();
                        context.DbHits++;
                        var other = r.OtherNode(n);
                        if (mine.ContainsKey(other) || !RelationshipOk(r) || !NodeOk(other))
                        {
                            continue;
                        }
                        mine[other] = r;
                        if (theirs.ContainsKey(other))
                        {
                            return Join(other, forward, backward, from, to);
                        }
                        next.Add(other);
                    }
                }
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

        private static List<RelationshipRef> Join(
            long meet,
            Dictionary<long, RelationshipRef?> forward,
            Dictionary<long, RelationshipRef?> backward,
            long from,
            long to
        )
        {
            var left = new List<RelationshipRef>();
            var at = meet;
            while (at != from && forward[at] is { } r)
            {
                left.Add(r);
                at = r.OtherNode(at);
            }
            left.Reverse();
            at = meet;
            while (at != to && backward[at] is { } r)
            {
                left.Add(r);
                at = r.OtherNode(at);
            }
            return left;
        }

        private List<List<RelationshipRef>> AllShortest(long from, long to)
        {
            var graph = context.Graph;
            var depthOf = new Dictionary<long, long> { [from] = 0 };
            var parents = new Dictionary<long, List<RelationshipRef>>();
            var frontier = new List<long> { from };
            long depth = 0;
            var found = false;
            while (frontier.Count > 0 && !found && depth < node._max)
            {
                depth++;
                var next = new List<long>();
                foreach (var n in frontier)
                {
                    foreach (var r in graph.Relationships(n, node._direction, _types))
                    {
                        context.Tick();
                        context.DbHits++;
                        var other = r.OtherNode(n);
                        if (!RelationshipOk(r) || !NodeOk(other))
                        {
                            continue;
                        }
                        if (depthOf.TryGetValue(other, out var d))
                        {
                            if (d == depth)
                            {
                                parents[other].Add(r);
                            }
                            continue;
                        }
                        depthOf[other] = depth;
                        parents[other] = [r];
                        next.Add(other);
                        if (other == to)
                        {
                            found = true;
                        }
                    }
                }
                frontier = next;
            }
            var result = new List<List<RelationshipRef>>();
            if (!found)
            {
                return result;
            }
            var stack = new List<RelationshipRef>();
            void Walk(long at)
            {
                if (at == from)
                {
                    var path = new List<RelationshipRef>(stack);
                    path.Reverse();
                    result.Add(path);
                    context.Buffer();
                    return;
                }
                foreach (var r in parents[at])
                {
                    stack.Add(r);
                    Walk(r.OtherNode(at));
                    stack.RemoveAt(stack.Count - 1);
                }
            }
            Walk(to);
            return result;
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
