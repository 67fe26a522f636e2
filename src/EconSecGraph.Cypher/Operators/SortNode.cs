using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>ORDER BY: buffers its input and replays it sorted (stable); with a limit keeps only the top rows.</summary>
internal sealed class SortNode(
    PlanNode input,
    IReadOnlyList<(Evaluator Key, bool Descending)> keys,
    Evaluator? limit,
    string text
) : PlanNode(input)
{
    public override string Name => limit is null ? "Sort" : "Top";

    public override string Details => text;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row)
    {
        long? top = limit is null ? null : RowCount.Evaluate(limit, row, context, "LIMIT");
        return new SortCursor(Children[0].Open(context, row), keys, top, row, context);
    }

    private sealed class SortCursor(
        Cursor input,
        IReadOnlyList<(Evaluator Key, bool Descending)> keys,
        long? top,
        CypherValue[] row,
        QueryContext context
    ) : Cursor
    {
        private List<(CypherValue[] Keys, CypherValue[] Row, long Seq)>? _rows;
        private int _next;

        public override bool MoveNext()
        {
            if (_rows is null)
            {
                Fill();
            }
            if (_next >= _rows!.Count)
            {
                return false;
            }
            Array.Copy(_rows[_next].Row, row, row.Length);
            _rows[_next++] = default;
            return true;
        }

        private int Compare(
            (CypherValue[] Keys, CypherValue[] Row, long Seq) a,
            (CypherValue[] Keys, CypherValue[] Row, long Seq) b
        )
        {
            for (var i = 0; i < keys.Count; i++)
            {
                var c = ValueSemantics.Order(a.Keys[i], b.Keys[i]);
                if (c != 0)
                {
                    return keys[i].Descending ? -c : c;
                }
            }
            return a.Seq.CompareTo(b.Seq);
        }

        private void Fill()
        {
            _rows = [];
            if (top == 0)
            {
                return;
            }
            long seq = 0;
            // With a limit, keep at most 2*top rows and trim: bounded memory for ORDER BY … LIMIT n.
            var cap = top is { } t && t < int.MaxValue / 4 ? (int)t : int.MaxValue;
            while (input.MoveNext())
            {
                var k = new CypherValue[keys.Count];
                for (var i = 0; i < k.Length; i++)
                {
                    k[i] = keys[i].Key(row, context);
                }
                _rows.Add((k, (CypherValue[])row.Clone(), seq++));
                context.Buffer();
                if (cap != int.MaxValue && _rows.Count >= 2 * cap + 16)
                {
                    _rows.Sort(Compare);
                    context.Release(_rows.Count - cap);
                    _rows.RemoveRange(cap, _rows.Count - cap);
                }
            }
            _rows.Sort(Compare);
            if (cap != int.MaxValue && _rows.Count > cap)
            {
                context.Release(_rows.Count - cap);
                _rows.RemoveRange(cap, _rows.Count - cap);
            }
        }

        public override void Close()
        {
            if (_rows is not null)
            {
                context.Release(_rows.Count - _next);
                _rows = [];
                _next = 0;
            }
            input.Close();
        }
    }
}
