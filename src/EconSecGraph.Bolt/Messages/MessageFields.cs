using System.Globalization;
using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Messages;

/// <summary>Field checks and dictionary access shared by the message serializers.</summary>
internal static class MessageFields
{
    public static void Expect(string message, int actual, int expected)
    {
        if (actual != expected)
        {
            throw new BoltProtocolException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{message} has {expected} field(s) but the message carried {actual}."
                )
            );
        }
    }

    public static CypherMap ReadMap(ref PackStreamReader reader, BoltValueFormat format, string what)
    {
        if (reader.PeekType() != PackStreamType.Dictionary)
        {
            throw new BoltProtocolException($"{what} must be a dictionary, not a {reader.PeekType()}.");
        }
        return BoltValueReader.ReadMap(ref reader, format);
    }

    public static long? GetInteger(CypherMap map, string key, string message) =>
        map.GetOrNull(key) switch
        {
            CypherNull => null,
            CypherInteger i => i.Value,
            CypherFloat f when f.Value == Math.Floor(f.Value) && Math.Abs(f.Value) < 9.2e18 => (long)f.Value,
            var other => throw new BoltProtocolException(
                $"{message} '{key}' must be an integer, not {other.TypeName}."
            ),
        };

    public static string? GetString(CypherMap map, string key, string message) =>
        map.GetOrNull(key) switch
        {
            CypherNull => null,
            CypherString s => s.Value,
            var other => throw new BoltProtocolException($"{message} '{key}' must be a string, not {other.TypeName}."),
        };

    public static CypherMap? GetMap(CypherMap map, string key, string message) =>
        map.GetOrNull(key) switch
        {
            CypherNull => null,
            CypherMap m => m,
            var other => throw new BoltProtocolException($"{message} '{key}' must be a map, not {other.TypeName}."),
        };

    public static IReadOnlyList<string> GetStrings(CypherMap map, string key, string message) =>
        map.GetOrNull(key) switch
        {
            CypherNull => [],
            CypherList list =>
            [
                .. list.Select(v =>
                    v is CypherString s
                        ? s.Value
                        : throw new BoltProtocolException($"{message} '{key}' must be a list of strings.")
                ),
            ],
            var other => throw new BoltProtocolException(
                $"{message} '{key}' must be a list of strings, not {other.TypeName}."
            ),
        };

    public static CypherMap Map(params (string Key, CypherValue? Value)[] entries)
    {
        var dict = new Dictionary<string, CypherValue>(entries.Length, StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            if (value is not null)
            {
                dict[key] = value;
            }
        }
        return CypherMap.Wrap(dict);
    }

    public static CypherList Strings(IEnumerable<string> values) =>
        CypherList.Wrap([.. values.Select(v => (CypherValue)new CypherString(v))]);
}
