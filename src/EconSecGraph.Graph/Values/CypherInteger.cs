using System.Globalization;

namespace EconSecGraph.Graph.Values;

/// <summary>A signed 64-bit Cypher INTEGER.</summary>
public sealed class CypherInteger : CypherValue
{
    private const int CacheLow = -128;
    private const int CacheHigh = 1024;
    private static readonly CypherInteger[] s_cache = CreateCache();

    public CypherInteger(long value) => Value = value;

    public long Value { get; }

    public override CypherValueKind Kind => CypherValueKind.Integer;

    /// <summary>Returns a shared instance for small values, a new one otherwise.</summary>
    public static CypherInteger Of(long value) =>
        value is >= CacheLow and < CacheHigh ? s_cache[value - CacheLow] : new CypherInteger(value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    public override bool Equals(object? obj) => obj is CypherInteger i && i.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();

    private static CypherInteger[] CreateCache()
    {
        var cache = new CypherInteger[CacheHigh - CacheLow];
        for (var i = 0; i < cache.Length; i++)
        {
            cache[i] = new CypherInteger(i + CacheLow);
        }
        return cache;
    }
}
