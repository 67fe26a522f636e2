using EconSecGraph.Graph.Values;

namespace EconSecGraph.Seed.Model;

/// <summary>Small helpers to read typed property values.</summary>
internal static class SeedValues
{
    public static IReadOnlyList<string> Strings(IReadOnlyDictionary<string, CypherValue> properties, string name) =>
        properties.TryGetValue(name, out var value) && value is CypherList list
            ? [.. list.OfType<CypherString>().Select(s => s.Value)]
            : [];
}
