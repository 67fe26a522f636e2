using System.Collections;
using EconSecGraph.Graph.Temporal;

namespace EconSecGraph.Graph.Values;

/// <summary>CLR → Cypher value conversion for parameters and test data.</summary>
internal static class CypherValueConverter
{
    public static CypherValue FromObject(object? value) =>
        value switch
        {
            null => CypherNull.Instance,
            CypherValue v => v,
            bool b => CypherBoolean.Of(b),
            sbyte or byte or short or ushort or int or uint or long => CypherInteger.Of(
                Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)
            ),
            ulong u => u <= long.MaxValue ? CypherInteger.Of((long)u) : throw Unsupported(value),
            float f => new CypherFloat(f),
            double d => new CypherFloat(d),
            decimal m => new CypherFloat((double)m),
            string s => new CypherString(s),
            char c => new CypherString(c.ToString()),
            byte[] bytes => new CypherBytes(bytes),
            DateOnly d => new CypherDate(CivilCalendar.DaysFromCivil(d.Year, d.Month, d.Day)),
            TimeOnly t => new CypherLocalTime(t.Ticks * 100),
            DateTime dt when dt.Kind == DateTimeKind.Utc => new CypherDateTime(
                CivilCalendar.FloorDiv(dt.Ticks - DateTime.UnixEpoch.Ticks, TimeSpan.TicksPerSecond),
                (int)(CivilCalendar.FloorMod(dt.Ticks - DateTime.UnixEpoch.Ticks, TimeSpan.TicksPerSecond) * 100),
                0
            ),
            DateTime dt => new CypherLocalDateTime(
                CivilCalendar.FloorDiv(dt.Ticks - DateTime.UnixEpoch.Ticks, TimeSpan.TicksPerSecond),
                (int)(CivilCalendar.FloorMod(dt.Ticks - DateTime.UnixEpoch.Ticks, TimeSpan.TicksPerSecond) * 100)
            ),
            DateTimeOffset dto => new CypherDateTime(
                CivilCalendar.FloorDiv(dto.UtcTicks - DateTime.UnixEpoch.Ticks, TimeSpan.TicksPerSecond),
                (int)(CivilCalendar.FloorMod(dto.UtcTicks - DateTime.UnixEpoch.Ticks, TimeSpan.TicksPerSecond) * 100),
                (int)dto.Offset.TotalSeconds
            ),
            TimeSpan ts => new CypherDuration(0, 0, 0, ts.Ticks * 100),
            IDictionary dict => FromDictionary(dict),
            IEnumerable enumerable => FromEnumerable(enumerable),
            _ => throw Unsupported(value),
        };

    private static CypherMap FromDictionary(IDictionary dict)
    {
        var map = new Dictionary<string, CypherValue>(dict.Count, StringComparer.Ordinal);
        foreach (DictionaryEntry entry in dict)
        {
            if (entry.Key is not string key)
            {
                throw new ArgumentException(
                    $"Map keys must be strings; got {entry.Key?.GetType().Name ?? "null"}.",
                    nameof(dict)
                );
            }
            map[key] = FromObject(entry.Value);
        }
        return CypherMap.Wrap(map);
    }

    private static CypherList FromEnumerable(IEnumerable enumerable)
    {
        var items = new List<CypherValue>();
        foreach (var item in enumerable)
        {
            items.Add(FromObject(item));
        }
        return CypherList.Wrap([.. items]);
    }

    private static ArgumentException Unsupported(object value) =>
        new($"A {value.GetType().FullName} cannot be used as a Cypher value.", nameof(value));
}
