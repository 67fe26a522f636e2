using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace EconSecGraph.Graph.Values;

/// <summary>An immutable Cypher MAP with string keys; keeps insertion order for display.</summary>
public sealed class CypherMap : CypherValue, IReadOnlyDictionary<string, CypherValue>
{
    public static readonly CypherMap Empty = new(new Dictionary<string, CypherValue>(StringComparer.Ordinal));

    private readonly Dictionary<string, CypherValue> _entries;

    public CypherMap(IEnumerable<KeyValuePair<string, CypherValue>> entries)
    {
        _entries = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            _entries[key] = value;
        }
    }

    private CypherMap(Dictionary<string, CypherValue> owned) => _entries = owned;

    /// <summary>Takes ownership of <paramref name="entries"/>; the caller must not change it afterwards.</summary>
    public static CypherMap Wrap(Dictionary<string, CypherValue> entries) => new(entries);

    public override CypherValueKind Kind => CypherValueKind.Map;

    public override string TypeName => "MAP";

    public int Count => _entries.Count;

    public CypherValue this[string key] => _entries[key];

    public IEnumerable<string> Keys => _entries.Keys;

    public IEnumerable<CypherValue> Values => _entries.Values;

    public bool ContainsKey(string key) => _entries.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out CypherValue value) =>
        _entries.TryGetValue(key, out value);

    /// <summary>The value for <paramref name="key"/>, or Cypher null when absent.</summary>
    public CypherValue GetOrNull(string key) => _entries.TryGetValue(key, out var v) ? v : CypherNull.Instance;

    public IEnumerator<KeyValuePair<string, CypherValue>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _entries.GetEnumerator();

    public override string ToString() => RenderEntries(_entries);

    internal static string RenderEntries(IEnumerable<KeyValuePair<string, CypherValue>> entries)
    {
        var sb = new StringBuilder("{");
        var first = true;
        foreach (var (key, value) in entries)
        {
            if (!first)
            {
                sb.Append(", ");
            }
            first = false;
            sb.Append(CypherLiteral.RenderKey(key)).Append(": ").Append(CypherLiteral.Render(value));
        }
        return sb.Append('}').ToString();
    }

    public override bool Equals(object? obj)
    {
        if (obj is not CypherMap other || other.Count != Count)
        {
            return false;
        }
        foreach (var (key, value) in _entries)
        {
            if (!other._entries.TryGetValue(key, out var v) || !v.Equals(value))
            {
                return false;
            }
        }
        return true;
    }

    public override int GetHashCode()
    {
        var h = 0;
        foreach (var (key, value) in _entries)
        {
            h ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), value);
        }
        return h;
    }
}
