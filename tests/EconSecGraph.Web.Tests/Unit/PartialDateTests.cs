using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Apis;
using EconSecGraph.Web.Queries;

namespace EconSecGraph.Web.Tests.Unit;

public class PartialDateTests
{
    [Theory]
    [InlineData("2021", "2021-01-01", "2021-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2021-06-09", "2021-06-09", "2021-06-09")]
    [InlineData("2021-06-09T10:00:00Z", "2021-06-09", "2021-06-09")]
    public void TryParse_CoversTheWholePeriod(string text, string start, string end)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
    }

    [Theory]
    [InlineData("21")]
    [InlineData("2021-13")]
    [InlineData("2021-02-30")]
    [InlineData("2021/06/09")]
    [InlineData("June 2021")]
    public void TryParse_RejectsWhatIsNotADate(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void Timeline_PeriodOverlappingTheWindow_IsIncluded()
    {
        var props = new Dictionary<string, CypherValue>(StringComparer.Ordinal)
        {
            ["date"] = "2020-05",
            ["endDate"] = "2021-03",
        };
        Assert.NotNull(TimelineApi.Dated(props, D("2021-01-01"), D("2021-12-31")));
        Assert.Null(TimelineApi.Dated(props, D("2021-04"), null));
    }

    [Fact]
    public void Timeline_YearPrecisionDate_CountsAsTheWholeYear()
    {
        var props = new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["date"] = "2021" };
        Assert.NotNull(TimelineApi.Dated(props, D("2021-12-01"), null));
    }

    private static PartialDate D(string text) =>
        PartialDate.TryParse(text, out var date)
            ? date
            : throw new ArgumentException("not a date: " + text, nameof(text));
}
