using EconSecGraph.Graph.Temporal;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Graph.Tests.Temporal;

public class TemporalFormatTests
{
    [Theory]
    [InlineData(1970, 1, 1, 0)]
    [InlineData(2000, 3, 1, 11017)]
    [InlineData(1969, 12, 31, -1)]
    [InlineData(-1, 1, 1, -719893)]
    public void DaysFromCivil_RoundTrips(long year, int month, int day, long epochDay)
    {
        Assert.Equal(epochDay, CivilCalendar.DaysFromCivil(year, month, day));
        Assert.Equal((year, month, day), CivilCalendar.CivilFromDays(epochDay));
    }

    [Theory]
    [InlineData(1816, 1, 1, "1816-01-01")]
    [InlineData(12, 3, 4, "0012-03-04")]
    [InlineData(-12, 3, 4, "-0012-03-04")]
    [InlineData(12345, 3, 4, "+12345-03-04")]
    public void Date_ToStringLikeJava(long y, int m, int d, string expected) =>
        Assert.Equal(expected, CypherDate.Of(y, m, d).ToString());

    [Theory]
    [InlineData(0L, "00:00")]
    [InlineData(45_296_000_000_000L, "12:34:56")]
    [InlineData(45_296_100_000_000L, "12:34:56.100")]
    [InlineData(45_296_000_001_000L, "12:34:56.000001")]
    [InlineData(45_296_000_000_001L, "12:34:56.000000001")]
    public void LocalTime_ToStringUsesThreeSixOrNineFractionDigits(long nanoOfDay, string expected) =>
        Assert.Equal(expected, new CypherLocalTime(nanoOfDay).ToString());

    [Fact]
    public void DateTime_ToStringShowsLocalWallClockOffsetAndZone()
    {
        // 2021-04-27T00:00Z is 09:00 in Tokyo
        var instant = CivilCalendar.DaysFromCivil(2021, 4, 27) * CivilCalendar.SecondsPerDay;
        var value = new CypherDateTime(instant, 0, 9 * 3600, "Asia/Tokyo");

        Assert.Equal("2021-04-27T09:00+09:00[Asia/Tokyo]", value.ToString());
        Assert.Equal("2021-04-27T00:00Z", new CypherDateTime(instant, 0, 0).ToString());
    }

    [Theory]
    [InlineData(0, 0, 0, 0, "PT0S")]
    [InlineData(14, 3, 0, 0, "P1Y2M3D")]
    [InlineData(0, 14, 58320, 0, "P14DT16H12M")]
    [InlineData(0, 0, 0, 500_000_000, "PT0.5S")]
    [InlineData(0, 0, -1, 500_000_000, "PT-0.5S")]
    [InlineData(0, 0, 90, 1, "PT1M30.000000001S")]
    public void Duration_ToStringLikeNeo4j(long months, long days, long seconds, long nanos, string expected) =>
        Assert.Equal(expected, new CypherDuration(months, days, seconds, nanos).ToString());
}
