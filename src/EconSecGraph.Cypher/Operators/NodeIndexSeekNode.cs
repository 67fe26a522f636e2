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

    /// <summary>The matching node ids for the current row (index or scan; exact in every mode).</summary>
    public IEnumerable<long> Lookup(CypherValue[] row, QueryContext context) =>
        SeekCursor.Lookup(new SeekSpec(slot, label, property, value, mode), row, context);

    /// <summary>
    /// How many ids <see cref="Lookup"/> would give for the current row, when the store can count them
    /// without enumerating (a <c>CONTAINS</c> through an index); null otherwise.
    /// </summary>
    public long? CountWithoutEnumerating(CypherValue[] row, QueryContext context) =>
        mode == SeekMode.Contains && value(row, context) is CypherString s
            ? context.Graph.CountNodesContaining(label, property, s.Value)
            : null;

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
                _nodes = Lookup(node, row, context).GetEnumerator();
            }
        }

        internal static IEnumerable<long> Lookup(SeekSpec node, CypherValue[] row, QueryContext context)
        {
            var graph = context.Graph;
            var v = node.Value(row, context);
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
