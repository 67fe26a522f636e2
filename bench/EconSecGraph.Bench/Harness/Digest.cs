using System.Globalization;

namespace EconSecGraph.Bench.Harness;

/// <summary>Canonical text forms of answers, so the reports of different engines compare as strings.</summary>
public static class Digest
{
    public const string None = "none";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A multiset of ids, sorted (order-insensitive answers).</summary>
    public static string SortedIds(IEnumerable<long> ids) => string.Join(",", ids.Order().Select(Number));

    /// <summary>A sequence of ids in order (a path's nodes).</summary>
    public static string Sequence(IEnumerable<long> ids) => string.Join(",", ids.Select(Number));

    public static long[] ParseIds(string digest) =>
        string.IsNullOrEmpty(digest) || string.Equals(digest, None, StringComparison.Ordinal)
            ? []
            : [.. digest.Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture))];
}
