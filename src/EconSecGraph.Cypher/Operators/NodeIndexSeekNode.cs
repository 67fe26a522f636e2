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
    bool prefix,
    string valueText
) : PlanNode(input)
{
    public override string Name => prefix ? "NodeIndexSeekByRange" : "NodeIndexSeek";

    public override string Details =>
        prefix
            ? variable + ":" + label + "(" + property + ") WHERE " + property + " STARTS WITH " + valueText
            : variable + ":" + label + "(" + property + ") WHERE " + property + " = " + valueText;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new SeekCursor(
            Children[0].Open(context, row),
            new SeekSpec(slot, label, property, value, prefix),
            row,
            context
        );

    private sealed record SeekSpec(int Slot, string Label, string Property, Evaluator Value, bool Prefix);

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
                _nodes = Lookup().GetEnumerator();
            }
        }

        private IEnumerable<long> Lookup()
        {
            var graph = context.Graph;
            var v = node.Value(row, context);
            if (v.IsNull)
            {
                return [];
            }
            if (node.Prefix)
            {
                if (v is not CypherString s)
                {
                    return [];
                }
                return graph.SeekNodesByPrefix(node.Label, node.Property, s.Value)
                    ?? ScanPrefix(graph, node.Label, node.Property, s.Value);
            }
            if (v is CypherFloat f && double.IsNaN(f.Value))
            {
                return [];
            }
            return graph.SeekNodes(node.Label, node.Property, v) ?? ScanEqual(graph, node.Label, node.Property, v);
        }

        private static IEnumerable<long> ScanPrefix(Store.IGraphView graph, string label, string key, string prefix)
        {
            foreach (var id in graph.NodesWithLabel(label))
            {
                if (
                    graph.NodeProperty(id, key) is CypherString s
                    && s.Value.StartsWith(prefix, StringComparison.Ordinal)
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
