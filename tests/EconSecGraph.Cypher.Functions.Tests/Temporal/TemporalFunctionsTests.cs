using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Cypher.Functions.Tests.Tck;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using NodaTime;
using static EconSecGraph.Cypher.Functions.Tests.Library.F;
using static EconSecGraph.Cypher.Functions.Tests.V;

namespace EconSecGraph.Cypher.Functions.Tests.Temporal;

public class TemporalFunctionsTests
{
    [Fact]
    public void ZonedDateTime_InDstGap_MovesForwardByTheGap()
    {
        var dt = Call(
            "datetime",
            M(
                ("year", I(2017)),
                ("month", I(3)),
                ("day", I(26)),
                ("hour", I(2)),
                ("minute", I(30)),
                ("timezone", S("Europe/Stockholm"))
            )
        );
        Assert.Equal("2017-03-26T03:30+02:00[Europe/Stockholm]", dt.ToString());
    }

    [Fact]
    public void ZonedDateTime_InDstOverlap_TakesEarlierOffsetUnlessGiven()
    {
        Assert.Equal(
            "2017-10-29T02:30+02:00[Europe/Stockholm]",
            Str("datetime", S("2017-10-29T02:30[Europe/Stockholm]"))
        );
        Assert.Equal(
            "2017-10-29T02:30+01:00[Europe/Stockholm]",
            Str("datetime", S("2017-10-29T02:30+01:00[Europe/Stockholm]"))
        );
        Assert.Throws<CypherArgumentException>(() => Call("datetime", S("2017-07-29T02:30+05:00[Europe/Stockholm]")));
    }

    [Fact]
    public void MonthArithmetic_ClampsTheDay()
    {
        var oneMonth = Call("duration", S("P1M"));
        Assert.Equal("2020-02-29", CypherArithmetic.Add(Call("date", S("2020-01-31")), oneMonth).ToString());
        Assert.Equal("2021-02-28", CypherArithmetic.Add(Call("date", S("2021-01-31")), oneMonth).ToString());
        Assert.Equal(
            "2021-02-28T10:00",
            CypherArithmetic.Add(Call("localdatetime", S("2021-01-31T10:00")), oneMonth).ToString()
        );
    }

    [Fact]
    public void ZonedArithmetic_DaysKeepWallClock_HoursFollowTheInstant()
    {
        var before = Call("datetime", S("2017-03-25T12:00[Europe/Stockholm]"));
        Assert.Equal(
            "2017-03-26T12:00+02:00[Europe/Stockholm]",
            CypherArithmetic.Add(before, Call("duration", S("P1D"))).ToString()
        );
        Assert.Equal(
            "2017-03-26T13:00+02:00[Europe/Stockholm]",
            CypherArithmetic.Add(before, Call("duration", S("PT24H"))).ToString()
        );
        Assert.Equal(
            "2017-03-24T12:00+01:00[Europe/Stockholm]",
            CypherArithmetic.Subtract(before, Call("duration", S("P1D"))).ToString()
        );
    }

    [Fact]
    public void Arithmetic_OutOfRange_IsAnArgumentError()
    {
        var max = Call("date", S("+999999999-12-31"));
        Assert.Throws<CypherArgumentException>(() => CypherArithmetic.Add(max, Call("duration", S("P1D"))));
    }

    [Theory]
    [InlineData("date", "2015-13-01", "month")]
    [InlineData("date", "2015-02-30", "day")]
    [InlineData("date", "2015-W54", "week")]
    [InlineData("localtime", "25:00", "hour")]
    [InlineData("date", "yesterday", "Date")]
    [InlineData("duration", "P", "Duration")]
    [InlineData("duration", "1 day", "Duration")]
    [InlineData("datetime", "2015-07-21T21:40[Mars/Olympus]", "Mars/Olympus")]
    public void Parse_Invalid_ExplainsWhat(string function, string text, string mention)
    {
        var e = Assert.Throws<CypherArgumentException>(() => Call(function, S(text)));
        Assert.Contains(mention, e.Message, StringComparison.Ordinal);
        Assert.Contains(text, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P1Y2M3W4DT5H6M7.8S", "P1Y2M25DT5H6M7.8S")]
    [InlineData("PT-0.4S", "PT-0.4S")]
    [InlineData("-P1D", "P-1D")]
    [InlineData("pt1h", "PT1H")]
    [InlineData("P0.5Y", "P6M")]
    [InlineData("PT1,5S", "PT1.5S")]
    [InlineData("P20120202T143721", "P2012Y2M2DT14H37M21S")]
    public void Duration_Parse(string text, string expected) => Assert.Equal(expected, Str("duration", S(text)));

    [Fact]
    public void Duration_Arithmetic()
    {
        var d = Call("duration", S("P1DT1H"));
        Assert.Equal("P2DT2H", CypherArithmetic.Multiply(d, I(2)).ToString());
        Assert.Equal("P2DT2H", CypherArithmetic.Multiply(I(2), d).ToString());
        Assert.Equal("PT12H30M", CypherArithmetic.Divide(d, I(2)).ToString());
        Assert.Equal("P-1DT-1H", CypherArithmetic.Negate(d).ToString());
        Assert.Throws<CypherException>(() => CypherArithmetic.Divide(d, I(0)));
        Assert.Null(CypherComparison.LessThan(d, Call("duration", S("P2D"))));
    }

    [Fact]
    public void Components_Errors()
    {
        var date = Call("date", S("2015-07-21"));
        Assert.Equal(I(2015), PropertyAccess.Get(date, "year"));
        Assert.Equal(I(2), PropertyAccess.Get(date, "dayOfWeek"));
        var unsupported = Assert.Throws<CypherException>(() => PropertyAccess.Get(date, "hour"));
        Assert.Equal(Neo4jStatusCodes.UnsupportedOperationError, unsupported.Code);
        var unknown = Assert.Throws<CypherArgumentException>(() => PropertyAccess.Get(date, "colour"));
        Assert.Contains("No such field", unknown.Message, StringComparison.Ordinal);
        Assert.Throws<CypherException>(() =>
            PropertyAccess.Get(Call("localdatetime", S("2015-07-21T10:00")), "epochSeconds")
        );
        var dt = Call("datetime", S("2015-07-21T21:40:32.142+01:00"));
        Assert.Equal(I(1437511232), PropertyAccess.Get(dt, "epochSeconds"));
        Assert.Equal(I(1437511232142), PropertyAccess.Get(dt, "epochMillis"));
        Assert.Equal(S("+01:00"), PropertyAccess.Get(dt, "timezone"));
        Assert.Equal(S("Z"), PropertyAccess.Get(Call("datetime", S("2015-07-21T21:40Z")), "offset"));
    }

    [Fact]
    public void DurationComponents_OfNegativeDuration()
    {
        var d = Call("duration", S("PT-23H-59M-59.9S"));
        Assert.Equal(I(-86400), PropertyAccess.Get(d, "seconds"));
        Assert.Equal(I(100_000_000), PropertyAccess.Get(d, "nanosecondsOfSecond"));
        Assert.Equal(I(-1440), PropertyAccess.Get(d, "minutes"));
        Assert.Throws<CypherArgumentException>(() => PropertyAccess.Get(d, "fortnights"));
    }

    [Fact]
    public void DefaultTimeZone_AppliesToValuesWithoutZone()
    {
        Assert.Equal(
            "2020-01-01T00:00+09:00[Asia/Tokyo]",
            CallIn("Asia/Tokyo", "datetime", M(("year", I(2020)))).ToString()
        );
        Assert.Equal("12:00+09:00", CallIn("Asia/Tokyo", "time", S("12:00")).ToString());
        Assert.Equal("12:00+09:00", CallIn("+09:00", "time", S("12:00")).ToString());
        Assert.Equal("2020-01-01T00:00Z", Str("datetime", M(("year", I(2020)))));
    }

    [Fact]
    public void Clocks_StatementTransactionRealtime()
    {
        var current = Instant.FromUtc(2024, 1, 1, 23, 30);
        var clock = new MutableClock { Now = current };
        var ctx = new FunctionContext(clock);
        clock.Now = current + Duration.FromHours(1);
        ctx.BeginStatement();
        clock.Now = current + Duration.FromHours(2);
        var r = FunctionRegistry.Default;
        Assert.Equal("2024-01-01", r.GetFunction("date.transaction").Invoke([], ctx).ToString());
        Assert.Equal("2024-01-02", r.GetFunction("date.statement").Invoke([], ctx).ToString());
        Assert.Equal("2024-01-02", r.GetFunction("date").Invoke([], ctx).ToString());
        Assert.Equal("2024-01-02T01:30Z", r.GetFunction("datetime.realtime").Invoke([], ctx).ToString());
        Assert.Equal(
            "2024-01-02T10:30+09:00[Asia/Tokyo]",
            r.GetFunction("datetime.realtime").Invoke([S("Asia/Tokyo")], ctx).ToString()
        );
        Assert.Equal(
            "2024-01-02T09:30+09:00[Asia/Tokyo]",
            r.GetFunction("datetime").Invoke([M(("timezone", S("Asia/Tokyo")))], ctx).ToString()
        );
        Assert.Same(CypherNull.Instance, r.GetFunction("date.realtime").Invoke([Null], ctx));
    }

    [Fact]
    public void FromEpoch()
    {
        Assert.Equal("1970-01-01T00:00:00.001Z", Str("datetime.fromepochmillis", I(1)));
        Assert.Equal("1969-12-31T23:59:59.999Z", Str("datetime.fromepochmillis", I(-1)));
        Assert.Equal("1970-01-01T00:00:01.500Z", Str("datetime.fromepoch", I(1), I(500_000_000)));
    }

    [Fact]
    public void DateTime_FromEpochMapKeys()
    {
        Assert.Equal("1970-01-01T00:56Z", Str("datetime", M(("epochMillis", I(3_360_000)))));
        Assert.Equal(
            "1970-01-01T00:56:00.000005Z",
            Str("datetime", M(("epochSeconds", I(3360)), ("nanosecond", I(5000))))
        );
        Assert.Equal(
            "1970-01-01T09:56+09:00[Asia/Tokyo]",
            Str("datetime", M(("epochSeconds", I(3360)), ("timezone", S("Asia/Tokyo"))))
        );
        Assert.Throws<CypherArgumentException>(() => Call("datetime", M(("epochSeconds", I(1)), ("year", I(1970)))));
    }

    [Fact]
    public void Truncate_UnknownUnit_And_WrongTarget()
    {
        Assert.Throws<CypherArgumentException>(() =>
            Call("date.truncate", S("fortnight"), Call("date", S("2015-07-21")))
        );
        Assert.Throws<CypherArgumentException>(() => Call("date.truncate", S("hour"), Call("date", S("2015-07-21"))));
        Assert.Throws<CypherArgumentException>(() =>
            Call("localtime.truncate", S("year"), Call("localtime", S("10:00")))
        );
        Assert.Equal("2015-07-20", Str("date.truncate", S("week"), Call("datetime", S("2015-07-21T10:00Z"))));
    }

    [Fact]
    public void Between_IsEquivalentToSubtracting()
    {
        var a = Call("datetime", S("2014-07-21T21:40:36.143+02:00"));
        var b = Call("datetime", S("2015-07-21T21:40:32.142+01:00"));
        var d = Call("duration.between", a, b);
        var sum = (CypherDateTime)CypherArithmetic.Add(a, d);
        Assert.Equal(((CypherDateTime)b).EpochSecond, sum.EpochSecond);
        Assert.Equal(((CypherDateTime)b).Nanosecond, sum.Nanosecond);
        Assert.True(TckTableRunner.ValueMatch(Call("duration.inSeconds", b, b), S("PT0S")));
    }

    private sealed class MutableClock : IClock
    {
        public Instant Now { get; set; }

        public Instant GetCurrentInstant() => Now;
    }
}
