using System.Text;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Storage.Indexing;

/// <summary>
/// Encodes index keys as char strings whose ordinal order is the index order and whose equality is
/// Cypher equality (so <c>1</c> and <c>1.0</c> share a key). A single string value is its category
/// mark followed by the string itself, so prefix and substring searches work on the raw chars.
/// </summary>
internal static class IndexKey
{
    public const char Boolean = '\u0008';
    public const char Number = '\u000C';
    public const char String = '\u0010';
    public const char Date = '\u0020';
    public const char LocalTime = '\u0021';
    public const char Time = '\u0022';
    public const char LocalDateTime = '\u0023';
    public const char DateTime = '\u0024';
    public const char Duration = '\u0025';
    public const char Point = '\u0026';
    public const char List = '\u0030';
    public const char Bytes = '\u0031';

    /// <summary>The key for <paramref name="values"/>, or null when a value is null or NaN (not indexed).</summary>
    public static string? Encode(ReadOnlySpan<CypherValue> values)
    {
        var sb = new StringBuilder();
        if (values.Length == 1)
        {
            return Append(sb, values[0], composite: false) ? sb.ToString() : null;
        }
        foreach (var v in values)
        {
            if (!Append(sb, v, composite: true))
            {
                return null;
            }
        }
        return sb.ToString();
    }

    public static string? Encode(CypherValue value) => Encode([value]);

    /// <summary>The length of an integer's key (<see cref="EncodeInteger"/>).</summary>
    public const int IntegerKeyLength = 9;

    /// <summary>
    /// The key of the integer <paramref name="value"/> (the one <see cref="Encode(CypherValue)"/> gives) written into
    /// <paramref name="key"/>, <see cref="IntegerKeyLength"/> chars, without a value object or a string.
    /// </summary>
    public static void EncodeInteger(long value, Span<char> key)
    {
        var d = (double)value;
        // the double orders; the exact remainder separates large integers that share a double
        long diff = d >= 9.2233720368547758E18 ? value - long.MaxValue : value - (long)d;
        key[0] = Number;
        WriteULong(key[1..], OrderedDouble(d));
        WriteULong(key[5..], (ulong)diff ^ 0x8000_0000_0000_0000UL);
    }

    private static ulong OrderedDouble(double d)
    {
        var bits = BitConverter.DoubleToInt64Bits(d);
        // order-preserving: flip all bits of negatives, only the sign bit of positives
        return bits < 0 ? ~(ulong)bits : (ulong)bits | 0x8000_0000_0000_0000UL;
    }

    private static void WriteULong(Span<char> to, ulong v)
    {
        to[0] = (char)(v >> 48);
        to[1] = (char)(v >> 32);
        to[2] = (char)(v >> 16);
        to[3] = (char)v;
    }

    public static char CategoryOf(CypherValue value) =>
        value.Kind switch
        {
            CypherValueKind.Boolean => Boolean,
            CypherValueKind.Integer or CypherValueKind.Float => Number,
            CypherValueKind.String => String,
            CypherValueKind.Date => Date,
            CypherValueKind.LocalTime => LocalTime,
            CypherValueKind.Time => Time,
            CypherValueKind.LocalDateTime => LocalDateTime,
            CypherValueKind.DateTime => DateTime,
            CypherValueKind.Duration => Duration,
            CypherValueKind.Point => Point,
            CypherValueKind.List => List,
            CypherValueKind.Bytes => Bytes,
            _ => '\0',
        };

    private static bool Append(StringBuilder sb, CypherValue value, bool composite)
    {
        switch (value)
        {
            case CypherBoolean b:
                sb.Append(Boolean).Append(b.Value ? '\u0002' : '\u0001');
                return true;
            case CypherInteger i:
            {
                Span<char> key = stackalloc char[IntegerKeyLength];
                EncodeInteger(i.Value, key);
                sb.Append(key);
                return true;
            }
            case CypherFloat f:
                if (double.IsNaN(f.Value))
                {
                    return false;
                }
                sb.Append(Number);
                AppendDouble(sb, f.Value == 0 ? 0.0 : f.Value);
                AppendLong(sb, 0);
                return true;
            case CypherString s:
                sb.Append(String);
                AppendText(sb, s.Value, composite);
                return true;
            case CypherDate d:
                sb.Append(Date);
                AppendLong(sb, d.EpochDay);
                return true;
            case CypherLocalTime lt:
                sb.Append(LocalTime);
                AppendLong(sb, lt.NanoOfDay);
                return true;
            case CypherTime t:
                sb.Append(Time);
                AppendLong(sb, t.NanoOfDay - (t.OffsetSeconds * 1_000_000_000L));
                AppendLong(sb, t.OffsetSeconds);
                return true;
            case CypherLocalDateTime ldt:
                sb.Append(LocalDateTime);
                AppendLong(sb, ldt.EpochSecond);
                AppendLong(sb, ldt.Nanosecond);
                return true;
            case CypherDateTime dt:
                sb.Append(DateTime);
                AppendLong(sb, dt.EpochSecond);
                AppendLong(sb, dt.Nanosecond);
                AppendLong(sb, dt.OffsetSeconds);
                AppendText(sb, dt.ZoneId ?? string.Empty, true);
                return true;
            case CypherDuration du:
                sb.Append(Duration);
                AppendLong(sb, du.Months);
                AppendLong(sb, du.Days);
                AppendLong(sb, du.Seconds);
                AppendLong(sb, du.Nanoseconds);
                return true;
            case CypherPoint p:
                sb.Append(Point);
                AppendLong(sb, p.Srid);
                AppendDouble(sb, p.X);
                AppendDouble(sb, p.Y);
                AppendDouble(sb, p.Z ?? 0);
                return true;
            case CypherBytes bytes:
                sb.Append(Bytes);
                foreach (var b in bytes.Value.Span)
                {
                    sb.Append((char)(b + 1));
                }
                sb.Append('\0');
                return true;
            case CypherList list:
                sb.Append(List);
                foreach (var item in list.AsSpan())
                {
                    sb.Append('\u0001');
                    if (!Append(sb, item, composite: true))
                    {
                        return false;
                    }
                }
                sb.Append('\0');
                return true;
            default:
                return false;
        }
    }

    private static void AppendText(StringBuilder sb, string text, bool escaped)
    {
        if (!escaped)
        {
            sb.Append(text);
            return;
        }
        foreach (var c in text)
        {
            sb.Append(c);
            if (c == '\0')
            {
                sb.Append('\u0001');
            }
        }
        sb.Append('\0').Append('\0');
    }

    private static void AppendDouble(StringBuilder sb, double d) => AppendULong(sb, OrderedDouble(d));

    private static void AppendLong(StringBuilder sb, long v) => AppendULong(sb, (ulong)v ^ 0x8000_0000_0000_0000UL);

    private static void AppendULong(StringBuilder sb, ulong v)
    {
        sb.Append((char)(v >> 48)).Append((char)(v >> 32)).Append((char)(v >> 16)).Append((char)v);
    }
}
