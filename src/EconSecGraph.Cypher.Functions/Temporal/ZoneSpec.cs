using System.Globalization;
using EconSecGraph.Cypher.Functions.Semantics;
using NodaTime;

namespace EconSecGraph.Cypher.Functions.Temporal;

/// <summary>A time zone as Cypher accepts it: a fixed UTC offset (<c>+01:00</c>, <c>Z</c>) or a TZDB zone id.</summary>
public sealed class ZoneSpec
{
    public static readonly ZoneSpec Utc = new(0, null, null);

    private ZoneSpec(int? fixedOffset, string? zoneId, DateTimeZone? zone)
    {
        FixedOffset = fixedOffset;
        ZoneId = zoneId;
        Zone = zone;
    }

    /// <summary>The offset in seconds when this is an offset-only zone.</summary>
    public int? FixedOffset { get; }

    /// <summary>The TZDB id (e.g. <c>Europe/Stockholm</c>) when this is a named zone.</summary>
    public string? ZoneId { get; }

    internal DateTimeZone? Zone { get; }

    public static ZoneSpec OfOffset(int offsetSeconds)
    {
        if (offsetSeconds is < -18 * 3600 or > 18 * 3600)
        {
            throw CypherErrors.InvalidArgument(
                "Invalid time zone offset: "
                    + offsetSeconds.ToString(CultureInfo.InvariantCulture)
                    + " seconds; an offset must be within -18:00 and +18:00."
            );
        }
        return offsetSeconds == 0 ? Utc : new ZoneSpec(offsetSeconds, null, null);
    }

    /// <summary>Parses <c>Z</c>, <c>+01</c>, <c>+0100</c>, <c>+01:00</c>, <c>+01:00:30</c> or a zone id.</summary>
    public static ZoneSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParseOffset(text, out var offset))
        {
            return OfOffset(offset);
        }
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(text);
        if (zone is null)
        {
            throw CypherErrors.InvalidArgument(
                "Invalid value for timezone: '"
                    + text
                    + "' is neither an offset such as '+01:00' nor a known time zone id such as 'Europe/Stockholm'."
            );
        }
        return new ZoneSpec(null, text, zone);
    }

    public static bool TryParseOffset(ReadOnlySpan<char> s, out int offsetSeconds)
    {
        offsetSeconds = 0;
        if (s.Length == 1 && (s[0] == 'Z' || s[0] == 'z'))
        {
            return true;
        }
        if (s.Length < 3 || (s[0] != '+' && s[0] != '-'))
        {
            return false;
        }
        var sign = s[0] == '-' ? -1 : 1;
        var pos = 1;
        if (!TwoDigits(s, ref pos, out var hours))
        {
            return false;
        }
        var minutes = 0;
        var seconds = 0;
        if (pos < s.Length)
        {
            var colon = s[pos] == ':';
            if (colon)
            {
                pos++;
            }
            if (!TwoDigits(s, ref pos, out minutes))
            {
                return false;
            }
            if (pos < s.Length)
            {
                if (colon != (s[pos] == ':'))
                {
                    return false;
                }
                if (colon)
                {
                    pos++;
                }
                if (!TwoDigits(s, ref pos, out seconds))
                {
                    return false;
                }
            }
        }
        if (pos != s.Length || minutes > 59 || seconds > 59)
        {
            return false;
        }
        offsetSeconds = sign * ((hours * 3600) + (minutes * 60) + seconds);
        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<char> s, ref int pos, out int value)
    {
        value = 0;
        if (pos + 2 > s.Length || !char.IsAsciiDigit(s[pos]) || !char.IsAsciiDigit(s[pos + 1]))
        {
            return false;
        }
        value = ((s[pos] - '0') * 10) + (s[pos + 1] - '0');
        pos += 2;
        return true;
    }

    /// <summary>The offset in force at an instant.</summary>
    public int OffsetAt(long epochSecond)
    {
        if (FixedOffset is { } fixedOffset)
        {
            return fixedOffset;
        }
        return Zone!.GetUtcOffset(Instant.FromUnixTimeSeconds(ClampEpochSecond(epochSecond))).Seconds;
    }

    /// <summary>
    /// Resolves a wall-clock time to an offset as java.time does: a time in a gap moves forward by the gap's
    /// length; an ambiguous time takes <paramref name="preferredOffset"/> when valid, else the earlier offset.
    /// Returns the epoch second of the resolved instant and the offset.
    /// </summary>
    public (long EpochSecond, int Offset) Resolve(long localEpochSecond, int? preferredOffset = null)
    {
        if (FixedOffset is { } fixedOffset)
        {
            return (localEpochSecond - fixedOffset, fixedOffset);
        }
        var clamped = ClampEpochSecond(localEpochSecond);
        var local = Instant.FromUnixTimeSeconds(clamped).InUtc().LocalDateTime;
        var mapping = Zone!.MapLocal(local);
        int offset;
        long instant;
        switch (mapping.Count)
        {
            case 1:
                offset = mapping.EarlyInterval.WallOffset.Seconds;
                instant = localEpochSecond - offset;
                break;
            case 2:
                var early = mapping.EarlyInterval.WallOffset.Seconds;
                var late = mapping.LateInterval.WallOffset.Seconds;
                offset = preferredOffset == late ? late : early;
                instant = localEpochSecond - offset;
                break;
            default:
                var before = mapping.EarlyInterval.WallOffset.Seconds;
                offset = mapping.LateInterval.WallOffset.Seconds;
                instant = localEpochSecond - before;
                break;
        }
        return (instant, offset);
    }

    /// <summary>True when <paramref name="offset"/> is one the zone uses at this wall-clock time.</summary>
    public bool IsValidOffset(long localEpochSecond, int offset)
    {
        if (FixedOffset is { } fixedOffset)
        {
            return fixedOffset == offset;
        }
        var local = Instant.FromUnixTimeSeconds(ClampEpochSecond(localEpochSecond)).InUtc().LocalDateTime;
        var mapping = Zone!.MapLocal(local);
        return mapping.Count switch
        {
            1 => mapping.EarlyInterval.WallOffset.Seconds == offset,
            2 => mapping.EarlyInterval.WallOffset.Seconds == offset
                || mapping.LateInterval.WallOffset.Seconds == offset,
            _ => false,
        };
    }

    public override string ToString() => ZoneId ?? Graph.Temporal.TemporalFormat.FormatOffset(FixedOffset ?? 0);

    // NodaTime covers years -9998..9999; zone rules beyond that repeat the boundary's rules.
    private static long ClampEpochSecond(long epochSecond) =>
        Math.Clamp(epochSecond, -377_673_580_800L + 86_400L * 400, 253_402_300_799L - 86_400L * 400);
}
