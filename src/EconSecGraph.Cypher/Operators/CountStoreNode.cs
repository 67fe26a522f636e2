using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>
/// Neo4j's <c>NodeCountFromCountStore</c> / <c>RelationshipCountFromCountStore</c>: answers
/// <c>MATCH (n[:L]) RETURN count(n)</c>, <c>MATCH ()-[r[:T]]-&gt;() RETURN count(r)</c> and
/// <c>MATCH ()-[r]-&gt;() RETURN type(r), count(*)</c> from the store's counts (which include the
/// transaction's own writes) instead of producing a row per node or relationship. Replaces the scan,
/// the expand and the aggregation; the planner only uses it when nothing else filters the pattern.
/// </summary>
internal sealed class CountStoreNode : PlanNode
{
    private readonly string? _label;
    private readonly ExpandSpec? _relationships;
    private readonly int _typeSlot;
    private readonly int[] _resultSlots;
    private readonly string _details;

    private CountStoreNode(
        PlanNode input,
        string? label,
        ExpandSpec? relationships,
        int typeSlot,
        int[] resultSlots,
        string details
    )
        : base(input)
    {
        _label = label;
        _relationships = relationships;
        _typeSlot = typeSlot;
        _resultSlots = resultSlots;
        _details = details;
    }

    public override string Name =>
        _relationships is null ? "NodeCountFromCountStore" : "RelationshipCountFromCountStore";

    public override string Details => _details;

    /// <summary>Counts the nodes (with <paramref name="label"/>, or all) into every result slot: one row per input row.</summary>
    public static CountStoreNode ForNodes(PlanNode input, string? label, int[] resultSlots, string details) =>
        new(input, label, null, -1, resultSlots, details);

    /// <summary>
    /// Counts the relationships of <paramref name="spec"/>'s types into every result slot; with a
    /// <paramref name="typeSlot"/> ≥ 0, one row per type that has relationships (the name in that slot).
    /// </summary>
    public static CountStoreNode ForRelationships(
        PlanNode input,
        ExpandSpec spec,
        int typeSlot,
        int[] resultSlots,
        string details
    ) => new(input, null, spec, typeSlot, resultSlots, details);

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new CountCursor(Children[0].Open(context, row), this, row, context);

    /// <summary>(type name or null, count) rows for the current view; computed once, eagerly, like an aggregation.</summary>
    private List<(string? Type, long Count)> Compute(QueryContext context)
    {
        var graph = context.Graph;
        if (_relationships is null)
        {
            context.DbHits++;
            return [(null, graph.CountNodes(_label))];
        }
        var types = _relationships.ResolveTypes(graph);
        var rows = new List<(string?, long)>();
        if (_typeSlot < 0)
        {
            long total = 0;
            if (types is null)
            {
                context.DbHits++;
                total = graph.CountRelationships(null);
            }
            else
            {
                foreach (var id in types)
                {
                    context.DbHits++;
                    total += graph.CountRelationships(id);
                }
            }
            rows.Add((null, total));
            return rows;
        }
        // grouped by type: a grouped aggregation never produces an empty group
        if (types is null)
        {
            var ids = new List<int>();
            foreach (var name in graph.RelationshipTypes())
            {
                var id = graph.RelationshipTypeId(name);
                if (id >= 0 && !ids.Contains(id))
                {
                    ids.Add(id);
                }
            }
            types = [.. ids];
        }
        foreach (var id in types)
        {
            context.Tick();
            context.DbHits++;
            var n = graph.CountRelationships(id);
            if (n > 0)
            {
                rows.Add((graph.RelationshipTypeName(id), n));
            }
        }
        return rows;
    }

    private sealed class CountCursor(Cursor input, CountStoreNode node, CypherValue[] row, QueryContext context)
        : Cursor
    {
        private List<(string? Type, long Count)>? _rows;
        private int _next;

        public override bool MoveNext()
        {
            while (true)
            {
                if (_rows is not null && _next < _rows.Count)
                {
                    var (type, count) = _rows[_next++];
                    if (node._typeSlot >= 0)
                    {
                        row[node._typeSlot] = new CypherString(type!);
                    }
                    var value = CypherInteger.Of(count);
                    foreach (var slot in node._resultSlots)
                    {
                        row[slot] = value;
                    }
                    return true;
                }
                if (!input.MoveNext())
                {
                    return false;
                }
                _rows = node.Compute(context);
                _next = 0;
            }
        }

        public override void Close() => input.Close();
    }
}
