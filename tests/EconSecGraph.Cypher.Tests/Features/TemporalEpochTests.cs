using static EconSecGraph.Cypher.Tests.Features.CypherRunner;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>datetime from epoch seconds/millis (Neo4j 5: UTC unless a timezone is given). 1700000000 s = 2023-11-14T22:13:20Z.</summary>
public sealed class TemporalEpochTests
{
    [Theory]
    [InlineData("datetime({epochSeconds: 1700000000})", "'2023-11-14T22:13:20Z'")]
    [InlineData("datetime({epochSeconds: 1700000000, nanosecond: 123456789})", "'2023-11-14T22:13:20.123456789Z'")]
    [InlineData("datetime({epochMillis: 1700000000123})", "'2023-11-14T22:13:20.123Z'")]
    [InlineData("datetime({epochMillis: 0})", "'1970-01-01T00:00Z'")]
    [InlineData("datetime({epochSeconds: -1})", "'1969-12-31T23:59:59Z'")]
    [InlineData(
        "datetime({epochSeconds: 1700000000, timezone: 'Asia/Tokyo'})",
        "'2023-11-15T07:13:20+09:00[Asia/Tokyo]'"
    )]
    [InlineData("datetime({epochSeconds: 1700000000, nanosecond: 5}).nanosecond", "5")]
    [InlineData("datetime({epochMillis: 1700000000123}).epochMillis", "1700000000123")]
    [InlineData("datetime({epochSeconds: 1700000000}).epochSeconds", "1700000000")]
    [InlineData("datetime.fromepoch(1700000000, 42)", "'2023-11-14T22:13:20.000000042Z'")]
    [InlineData("datetime.fromepochmillis(1700000000123)", "'2023-11-14T22:13:20.123Z'")]
    public async Task Datetime_FromEpoch_IsTheInstantInUtc(string expression, string expected)
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var actual = await ScalarAsync(db, "RETURN " + expression);
        Assert.Equal(expected, actual.Replace("datetime(", string.Empty, StringComparison.Ordinal).TrimEnd(')'));
    }
}
