using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>
/// Nodes with a label whose property equals a value (or starts with a prefix), through the store's
/// index when one exists, otherwise by scanning the label and comparing; decided per execution, so
/// a cached plan stays right when indexes come and go.
/// </summary>
internal sealed class NodeIndexSeekNode(
    PlanNode input,
    int slot,
    string variable,
    string label,
    string property,
    Evaluator value,
    SeekMode mode,
    string valueText
) : PlanNode(input)
{
    public override string Name =>
        mode switch
        {
            SeekMode.StartsWith => "NodeIndexSeekByRange",
            SeekMode.Contains => "NodeIndexContainsScan",
            _ => "NodeIndexSeek",
        };

    public override string Details =>
        variable
        + ":"
        + label
        + "("
        + property
        + ") WHERE "
        + property
        + mode switch
        {
            SeekMode.StartsWith => " STARTS WITH ",
            SeekMode.Contains => " CONTAINS ",
            _ => " = ",
        }
        + valueText;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new SeekCursor(Children[0].Open(context, row), new SeekSpec(slot, label, property, value, mode), row, context);

    internal sealed record SeekSpec(int Slot, string Label, string Property, Evaluator Value, SeekMode Mode);

    /// <summary>The seek's node slot.</summary>
    public int Slot => slot;

    /// <summary>
    /// How many nodes match for the current row: counted by the store when it can (a <c>CONTAINS</c> through
    /// an index), otherwise by enumerating the seek (index or scan).
    /// </summary>
    public long Count(CypherValue[] row, QueryContext context)
    {
        var v = value(row, context);
        if (
            mode == SeekMode.Contains
            && v is CypherString s
            && context.Graph.CountNodesContaining(label, property, s.Value) is { } counted
        )
        {
            context.Tick();
            return counted;
        }
        long total = 0;
        foreach (var _ in SeekCursor.Lookup(new SeekSpec(slot, label, property, value, mode), v, context))
        {
            context.Tick();
            total++;
        }
        return total;
    }

    private sealed class SeekCursor(Cursor input, SeekSpec node, CypherValue[] row, QueryContext context) : Cursor
    {
        private IEnumerator<long>? _nodes;

        public override bool MoveNext()
        {
            while (true)
            {
                if (_nodes is not null && _nodes.MoveNext())
                {
                    context.Tick();
                    context.DbHits++;
                    row[node.Slot] = new EngineNode(_nodes.Current, context.Graph);
                    return true;
                }
                _nodes?.Dispose();
                _nodes = null;
                if (!input.MoveNext())
                {
                    return false;
                }
                _nodes = Lookup(node, node.Value(row, context), context).GetEnumerator();
            }
        }

        /// <summary>The matching node ids for the value <paramref name="v"/> (index or scan; exact in every mode).</summary>
        internal static IEnumerable<long> Lookup(SeekSpec node, CypherValue v, QueryContext context)
        {
            var graph = context.Graph;
            if (v.IsNull)
            {
                return [];
            }
            if (node.Mode != SeekMode.Equal)
            {
                if (v is not CypherString s)
                {
                    return [];
                }
                return node.Mode == SeekMode.StartsWith
                    ? graph.SeekNodesByPrefix(node.Label, node.Property, s.Value)
                        ?? ScanStrings(graph, node.Label, node.Property, s.Value, prefix: true)
                    : graph.SeekNodesContaining(node.Label, node.Property, s.Value)
                        ?? ScanStrings(graph, node.Label, node.Property, s.Value, prefix: false);
            }
            if (v is CypherFloat f && double.IsNaN(f.Value))
            {
                return [];
            }
            return graph.SeekNodes(node.Label, node.Property, v) ?? ScanEqual(graph, node.Label, node.Property, v);
        }

        private static IEnumerable<long> ScanStrings(
            Store.IGraphView graph,
            string label,
            string key,
            string text,
            bool prefix
        )
        {
            foreach (var id in graph.NodesWithLabel(label))
            {
                if (
                    graph.NodeProperty(id, key) is CypherString s
                    && (
                        prefix
                            ? s.Value.StartsWith(text, StringComparison.Ordinal)
                            : s.Value.Contains(text, StringComparison.Ordinal)
                    )
                )
                {
                    yield return id;
                }
            }
        }

        private static IEnumerable<long> ScanEqual(Store.IGraphView graph, string label, string key, CypherValue value)
        {
            foreach (var id in graph.NodesWithLabel(label))
            {
                if (ValueSemantics.Equal(graph.NodeProperty(id, key), value) == true)
                {
                    yield return id;
                }
            }
        }

        public override void Close()
        {
            _nodes?.Dispose();
            _nodes = null;
            input.Close();
        }
    }
}
