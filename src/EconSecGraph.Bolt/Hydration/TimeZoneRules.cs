namespace EconSecGraph.Bolt.Hydration;

/// <summary>IANA zone lookups for DateTimeZoneId structures (the system's tz database).</summary>
internal static class TimeZoneRules
{
    private const long MinSeconds = -62_135_596_800; // 0001-01-01T00:00Z
    private const long MaxSeconds = 253_402_300_799; // 9999-12-31T23:59:59Z

    public static TimeZoneInfo Find(string zoneId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new HydrationException(
                $"Unknown time zone '{zoneId}'; use an IANA zone id such as 'Asia/Tokyo' or 'Europe/Berlin'.",
                ex
            );
        }
    }

    public static int OffsetAtInstant(TimeZoneInfo zone, long epochSecond)
    {
        var clamped = Math.Clamp(epochSecond, MinSeconds, MaxSeconds);
        return (int)zone.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(clamped)).TotalSeconds;
    }

    public static int OffsetAtLocal(TimeZoneInfo zone, long localEpochSecond)
    {
        var clamped = Math.Clamp(localEpochSecond, MinSeconds, MaxSeconds);
        var local = DateTime.SpecifyKind(DateTime.UnixEpoch.AddSeconds(clamped), DateTimeKind.Unspecified);
        return (int)zone.GetUtcOffset(local).TotalSeconds;
    }
}
