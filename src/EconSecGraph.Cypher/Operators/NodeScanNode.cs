using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>For each input row, every node (AllNodesScan) or every node with a label (NodeByLabelScan).</summary>
internal sealed class NodeScanNode(PlanNode input, int slot, string variable, string? label) : PlanNode(input)
{
    public override string Name => label is null ? "AllNodesScan" : "NodeByLabelScan";

    public override string Details => label is null ? variable : variable + ":" + label;

    /// <summary>The slot the scanned node is written to.</summary>
    public int Slot => slot;

    /// <summary>The scanned label, or null for all nodes.</summary>
    public string? Label => label;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new ScanCursor(Children[0].Open(context, row), slot, label, row, context);

    private sealed class ScanCursor(Cursor input, int slot, string? label, CypherValue[] row, QueryContext context)
        : Cursor
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
                    row[slot] = new EngineNode(_nodes.Current, context.Graph);
                    return true;
                }
                _nodes?.Dispose();
                _nodes = null;
                if (!input.MoveNext())
                {
                    return false;
                }
                var graph = context.Graph;
                _nodes = (label is null ? graph.AllNodes() : graph.NodesWithLabel(label)).GetEnumerator();
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
