using EconSecGraph.Graph.Values;

namespace EconSecGraph.Graph.Database;

/// <summary>Cypher text and its parameters.</summary>
public sealed record Query(string Text, IReadOnlyDictionary<string, CypherValue> Parameters)
{
    private static readonly IReadOnlyDictionary<string, CypherValue> s_none = new Dictionary<string, CypherValue>(
        StringComparer.Ordinal
    );

    public Query(string text)
        : this(text, s_none) { }

    /// <summary>Parameters from CLR values (anonymous objects are not supported: pass a dictionary).</summary>
    public static Query Create(string text, IReadOnlyDictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var converted = new Dictionary<string, CypherValue>(parameters.Count, StringComparer.Ordinal);
        foreach (var (key, value) in parameters)
        {
            converted[key] = CypherValue.From(value);
        }
        return new Query(text, converted);
    }

    public override string ToString() => Text;
}
