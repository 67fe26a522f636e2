using EconSecGraph.Graph.Values;

namespace EconSecGraph.Graph.Database;

/// <summary>One row of a result: values in column order, addressable by name.</summary>
public sealed class Record
{
    private readonly IReadOnlyList<string> _keys;
    private readonly CypherValue[] _values;

    public Record(IReadOnlyList<string> keys, CypherValue[] values)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(values);
        if (keys.Count != values.Length)
        {
            throw new ArgumentException($"A record has {keys.Count} keys but {values.Length} values.", nameof(values));
        }
        _keys = keys;
        _values = values;
    }

    public IReadOnlyList<string> Keys => _keys;

    public IReadOnlyList<CypherValue> Values => _values;

    public CypherValue this[int index] => _values[index];

    public CypherValue this[string key]
    {
        get
        {
            for (var i = 0; i < _keys.Count; i++)
            {
                if (string.Equals(_keys[i], key, StringComparison.Ordinal))
                {
                    return _values[i];
                }
            }
            throw new KeyNotFoundException(
                $"The record has no column '{key}'; its columns are: {string.Join(", ", _keys)}."
            );
        }
    }

    public override string ToString() =>
        "{" + string.Join(", ", _keys.Select((k, i) => k + ": " + CypherLiteral.Render(_values[i]))) + "}";
}
