using System.Collections;
using System.Diagnostics.CodeAnalysis;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Store;

/// <summary>
/// An entity's properties as read from the store: keys and values in two arrays, in storage order.
/// Entities hold a handful of properties, so finding a key by a scan beats hashing it, and the map costs
/// two arrays rather than a dictionary's buckets and entries — nodes are materialised by the hundred per
/// request (a search ranks 200 candidates), so this shows in throughput and GC.
/// </summary>
internal sealed class PropertyMap : IReadOnlyDictionary<string, CypherValue>
{
    public static readonly PropertyMap Empty = new([], []);

    private readonly string[] _keys;
    private readonly CypherValue[] _values;

    /// <summary>Takes ownership of the arrays: distinct keys, <paramref name="values"/> in the same order.</summary>
    public PropertyMap(string[] keys, CypherValue[] values)
    {
        _keys = keys;
        _values = values;
    }

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<CypherValue> Values => _values;

    public CypherValue this[string key] =>
        TryGetValue(key, out var value)
            ? value
            : throw new KeyNotFoundException("The entity has no property '" + key + "'.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out CypherValue value)
    {
        var i = IndexOf(key);
        if (i < 0)
        {
            value = null;
            return false;
        }
        value = _values[i];
        return true;
    }

    public IEnumerator<KeyValuePair<string, CypherValue>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, CypherValue>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var i = 0; i < _keys.Length; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
