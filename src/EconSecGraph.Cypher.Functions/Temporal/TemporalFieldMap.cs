using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Temporal;

/// <summary>The fields of a temporal construction map (<c>{year: 1984, week: 10, timezone: 'Z'}</c>), validated.</summary>
internal sealed class TemporalFieldMap
{
    private static readonly string[] s_dateKeys =
    [
        "year",
        "month",
        "day",
        "week",
        "dayOfWeek",
        "quarter",
        "dayOfQuarter",
        "ordinalDay",
    ];
    private static readonly string[] s_timeKeys =
    [
        "hour",
        "minute",
        "second",
        "millisecond",
        "microsecond",
        "nanosecond",
    ];
    private readonly Dictionary<string, long> _values = new(StringComparer.OrdinalIgnoreCase);

    public TemporalFieldMap(CypherMap map, string function, IReadOnlyCollection<string> baseKeys)
    {
        foreach (var (key, value) in map)
        {
            if (value.Kind == CypherValueKind.Null)
            {
                continue;
            }
            if (Matches(baseKeys, key))
            {
                Bases[key.ToLowerInvariant()] = value;
            }
            else if (string.Equals(key, "timezone", StringComparison.OrdinalIgnoreCase))
            {
                Timezone = value is CypherString s
                    ? ZoneSpec.Parse(s.Value)
                    : throw CypherErrors.TypeMismatch("String", value, function + "() timezone");
            }
            else if (Matches(s_dateKeys, key) || Matches(s_timeKeys, key))
            {
                _values[key] = value is CypherInteger i
                    ? i.Value
                    : throw CypherErrors.TypeMismatch("Integer", value, function + "() field '" + key + "'");
            }
            else
            {
                throw new CypherArgumentException(
                    "Unknown field '"
                        + key
                        + "' for "
                        + function
                        + "(); it accepts "
                        + string.Join(", ", baseKeys.Concat(s_dateKeys).Concat(s_timeKeys))
                        + " and timezone."
                );
            }
        }
    }

    public Dictionary<string, CypherValue> Bases { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ZoneSpec? Timezone { get; }

    public bool HasDateFields => s_dateKeys.Any(_values.ContainsKey);

    public bool HasTimeFields => s_timeKeys.Any(_values.ContainsKey);

    public bool IsEmpty => _values.Count == 0 && Bases.Count == 0;

    public long? this[string key] => _values.TryGetValue(key, out var v) ? v : null;

    public bool Has(string key) => _values.ContainsKey(key);

    public CypherValue? Base(string key) => Bases.TryGetValue(key, out var v) ? v : null;

    private static bool Matches(IEnumerable<string> keys, string key) =>
        keys.Any(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
}
