using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EconSecGraph.Graph.Values;
using EconSecGraph.Seed.Model;
using EconSecGraph.Seed.Validation;

namespace EconSecGraph.Seed.Loading;

/// <summary>
/// Turns seed nodes and relationships into the rows the Cypher statements UNWIND: the written properties plus the
/// computed ones (dateFrom/dateTo as Cypher dates, paywalled, the relationship id) and a content hash (seedHash)
/// that lets a second load skip everything unchanged.
/// </summary>
public static class SeedRows
{
    public const string HashProperty = "seedHash";

    public static CypherMap NodeRow(SeedNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var props = new SortedDictionary<string, CypherValue>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Properties)
        {
            props[key] = value;
        }
        AddDateRange(node.Properties, props);
        if (node.GetString("access") is { } access && string.Equals(node.Label, "Article", StringComparison.Ordinal))
        {
            switch (access)
            {
                case "paywalled" or "partial":
                    props["paywalled"] = CypherBoolean.True;
                    break;
                case "free":
                    props["paywalled"] = CypherBoolean.False;
                    break;
            }
        }
        props[HashProperty] = new CypherString(Hash(node.Label, props));
        return Map(("id", new CypherString(node.Id)), ("props", Map(props)));
    }

    public static CypherMap RelationshipRow(SeedRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var props = new SortedDictionary<string, CypherValue>(StringComparer.Ordinal);
        foreach (var (key, value) in relationship.Properties)
        {
            props[key] = value;
        }
        props["id"] = new CypherString(relationship.Id);
        AddDateRange(relationship.Properties, props);
        props[HashProperty] = new CypherString(Hash(relationship.Type, props));
        return Map(
            ("id", new CypherString(relationship.Id)),
            ("from", new CypherString(relationship.From)),
            ("to", new CypherString(relationship.To)),
            ("props", Map(props))
        );
    }

    /// <summary>
    /// dateFrom: first day of <c>date</c>; dateTo: last day of <c>endDate</c> (or of <c>date</c>). Without a date, a
    /// <c>fiscalYear</c> N gives April 1 of N to March 31 of N+1.
    /// </summary>
    internal static void AddDateRange(
        IReadOnlyDictionary<string, CypherValue> written,
        SortedDictionary<string, CypherValue> props
    )
    {
        if (
            written.TryGetValue("date", out var d)
            && d is CypherString ds
            && PartialDate.TryParse(ds.Value) is { } date
        )
        {
            var end =
                written.TryGetValue("endDate", out var e)
                && e is CypherString es
                && PartialDate.TryParse(es.Value) is { } endDate
                    ? endDate
                    : date;
            props["dateFrom"] = ToCypher(date.First);
            props["dateTo"] = ToCypher(end.Last);
        }
        else if (written.TryGetValue("fiscalYear", out var fy) && fy is CypherInteger year)
        {
            props["dateFrom"] = ToCypher(new DateOnly((int)year.Value, 4, 1));
            props["dateTo"] = ToCypher(new DateOnly((int)year.Value + 1, 3, 31));
        }
    }

    private static CypherDate ToCypher(DateOnly date) => CypherDate.Of(date.Year, date.Month, date.Day);

    private static CypherMap Map(IEnumerable<KeyValuePair<string, CypherValue>> entries) => new(entries);

    private static CypherMap Map(params (string Key, CypherValue Value)[] entries) =>
        new(entries.Select(e => new KeyValuePair<string, CypherValue>(e.Key, e.Value)));

    /// <summary>SHA-256 (hex, first 16 bytes) over the label or type and the sorted properties.</summary>
    private static string Hash(string kind, SortedDictionary<string, CypherValue> props)
    {
        var sb = new StringBuilder(kind).Append('\n');
        foreach (var (key, value) in props)
        {
            sb.Append(key).Append('=').Append(value.Kind.ToString()).Append(':').Append(Canonical(value)).Append('\n');
        }
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }

    private static string Canonical(CypherValue value) =>
        value switch
        {
            CypherString s => s.Value.Length.ToString(CultureInfo.InvariantCulture) + ":" + s.Value,
            CypherList l => "[" + string.Join(",", l.Select(Canonical)) + "]",
            _ => value.ToString(),
        };
}
