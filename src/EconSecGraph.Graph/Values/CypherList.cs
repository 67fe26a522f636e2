using System.Collections;
using System.Text;

namespace EconSecGraph.Graph.Values;

/// <summary>An immutable Cypher LIST.</summary>
public sealed class CypherList : CypherValue, IReadOnlyList<CypherValue>
{
    public static readonly CypherList Empty = new([]);

    private readonly CypherValue[] _items;

    public CypherList(IEnumerable<CypherValue> items) => _items = [.. items];

    /// <summary>Takes ownership of <paramref name="items"/>; the caller must not change the array afterwards.</summary>
    public static CypherList Wrap(CypherValue[] items) => new(items, owned: true);

    private CypherList(CypherValue[] items, bool owned) => _items = owned ? items : [.. items];

    public override CypherValueKind Kind => CypherValueKind.List;

    public override string TypeName => "LIST<ANY>";

    public int Count => _items.Length;

    public CypherValue this[int index] => _items[index];

    public ReadOnlySpan<CypherValue> AsSpan() => _items;

    public IEnumerator<CypherValue> GetEnumerator() => ((IEnumerable<CypherValue>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public override string ToString()
    {
        var sb = new StringBuilder("[");
        for (var i = 0; i < _items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            sb.Append(CypherLiteral.Render(_items[i]));
        }
        return sb.Append(']').ToString();
    }

    public override bool Equals(object? obj) =>
        obj is CypherList other && other._items.AsSpan().SequenceEqual(_items.AsSpan());

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }
}
