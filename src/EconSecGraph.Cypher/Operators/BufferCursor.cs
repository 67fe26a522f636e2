using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>Materialises all input rows on first pull, then replays them into the frame.</summary>
internal sealed class BufferCursor(Cursor input, CypherValue[] row, QueryContext context) : Cursor
{
    private List<CypherValue[]>? _rows;
    private int _next;

    public override bool MoveNext()
    {
        if (_rows is null)
        {
            _rows = [];
            while (input.MoveNext())
            {
                context.Buffer();
                _rows.Add((CypherValue[])row.Clone());
            }
        }
        if (_next >= _rows.Count)
        {
            Close();
            return false;
        }
        Array.Copy(_rows[_next], row, row.Length);
        _rows[_next++] = null!;
        return true;
    }

    public override void Close()
    {
        if (_rows is not null)
        {
            context.Release(_rows.Count);
            _rows = [];
            _next = 0;
        }
        input.Close();
    }
}
