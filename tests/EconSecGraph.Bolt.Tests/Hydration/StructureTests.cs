using System.Buffers;
using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Bolt.Tests.Support;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Tests.Hydration;

/// <summary>Byte-exact structure layouts from the Bolt specification ("Structure semantics").</summary>
public class StructureTests
{
    private static string Encode(CypherValue value, BoltValueFormat? format = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        BoltValueWriter.Write(new PackStreamWriter(buffer), value, format ?? BoltValueFormat.V5);
        return Hex.Of(buffer.WrittenSpan);
    }

    private static CypherValue Decode(string hex, BoltValueFormat? format = null)
    {
        var reader = new PackStreamReader(Hex.Bytes(hex));
        var value = BoltValueReader.Read(ref reader, format ?? BoltValueFormat.V5);
        Assert.True(reader.AtEnd);
        return value;
    }

    private static void AssertBoth(CypherValue value, string hex, BoltValueFormat? format = null)
    {
        Assert.Equal(hex, Encode(value, format));
        Assert.Equal(value, Decode(hex, format));
    }

    private static readonly CypherNode s_node = new(1, "e1", ["L"], new Dictionary<string, CypherValue> { ["k"] = 2L });

    [Fact]
    public void Node_V5_HasFourFieldsWithElementId() => AssertBoth(s_node, "B4 4E 01 91 81 4C A1 81 6B 02 82 65 31");

    [Fact]
    public void Node_V4_HasThreeFields_ElementIdFromId()
    {
        Assert.Equal("B3 4E 01 91 81 4C A1 81 6B 02", Encode(s_node, BoltValueFormat.V4));
        var node = Assert.IsType<CypherNode>(Decode("B3 4E 01 91 81 4C A1 81 6B 02", BoltValueFormat.V4));
        Assert.Equal("1", node.ElementId);
        Assert.Equal(["L"], node.Labels);
    }

    [Fact]
    public void Node_WrongSize_IsRefused()
    {
        var ex = Assert.Throws<HydrationException>(() => Decode("B3 4E 01 91 81 4C A0"));
        Assert.Contains("Node structure has 4 fields", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relationship_V5_HasEightFields()
    {
        var rel = new CypherRelationship(3, "r3", 1, "e1", 2, "e2", "T", new Dictionary<string, CypherValue>());
        AssertBoth(rel, "B8 52 03 01 02 81 54 A0 82 72 33 82 65 31 82 65 32");
        Assert.Equal("B5 52 03 01 02 81 54 A0", Encode(rel, BoltValueFormat.V4));
    }

    [Fact]
    public void Path_IndicesAlternateRelationshipAndNode_NegativeForBackwards()
    {
        var a = new CypherNode(1, "a", [], new Dictionary<string, CypherValue>());
        var b = new CypherNode(2, "b", [], new Dictionary<string, CypherValue>());
        var r = new CypherRelationship(9, "r", 1, "a", 2, "b", "T", new Dictionary<string, CypherValue>());
        // (b)<-[r]-(a)-[r]->(b): nodes [b, a], rels [r], indices [-1, 1, 1, 0]
        var path = new CypherPath([b, a, b], [r, r]);
        const string Hex =
            "B3 50 92 B4 4E 02 90 A0 81 62 B4 4E 01 90 A0 81 61 91 B4 72 09 81 54 A0 81 72 94 FF 01 01 00";
        AssertBoth(path, Hex);
    }

    [Fact]
    public void Path_BadIndex_IsRefused()
    {
        var ex = Assert.Throws<HydrationException>(() => Decode("B3 50 91 B4 4E 02 90 A0 81 62 90 92 01 00"));
        Assert.Contains("relationship index 1 is out of range", ex.Message, StringComparison.Ordinal);
        Assert.Throws<HydrationException>(() => Decode("B3 50 91 B4 4E 02 90 A0 81 62 90 91 01"));
    }

    [Fact]
    public void UnboundRelationship_OutsideAPath_IsRefused() =>
        Assert.Throws<HydrationException>(() => Decode("B4 72 09 81 54 A0 81 72"));

    [Fact]
    public void Date_IsDaysSinceEpoch()
    {
        AssertBoth(CypherDate.Of(1970, 1, 2), "B1 44 01");
        AssertBoth(CypherDate.Of(1969, 12, 31), "B1 44 FF");
        AssertBoth(CypherDate.Of(2024, 2, 29), "B1 44 C9 4D 46");
    }

    [Fact]
    public void Time_IsNanosAndOffset() =>
        AssertBoth(new CypherTime(1_000_000_001, -3600), "B2 54 CA 3B 9A CA 01 C9 F1 F0");

    [Fact]
    public void LocalTime_IsNanos() => AssertBoth(new CypherLocalTime(42), "B1 74 2A");

    [Fact]
    public void LocalDateTime_IsSecondsAndNanos() => AssertBoth(new CypherLocalDateTime(-1, 5), "B2 64 FF 05");

    [Fact]
    public void DateTime_V5_IsUtcSeconds_SpecExample()
    {
        // 1970-01-01T02:15:00.000000042+01:00 → seconds 4500, nanoseconds 42, offset 3600
        var value = new CypherDateTime(4500, 42, 3600);
        Assert.Equal("1970-01-01T02:15:00.000000042+01:00", value.ToString());
        AssertBoth(value, "B3 49 C9 11 94 2A C9 0E 10");
    }

    [Fact]
    public void DateTime_Legacy_AddsTheOffset_SpecExample() =>
        AssertBoth(new CypherDateTime(4500, 42, 3600), "B3 46 C9 1F A4 2A C9 0E 10", BoltValueFormat.V4);

    [Fact]
    public void DateTimeZoneId_V5_ResolvesTheOffsetFromTheZone()
    {
        // 1970-01-01T02:15:00+01:00[Europe/Paris]
        var hex = "B3 69 C9 11 94 00 8C 45 75 72 6F 70 65 2F 50 61 72 69 73";
        var value = Assert.IsType<CypherDateTime>(Decode(hex));
        Assert.Equal(3600, value.OffsetSeconds);
        Assert.Equal("Europe/Paris", value.ZoneId);
        Assert.Equal("1970-01-01T02:15+01:00[Europe/Paris]", value.ToString());
        Assert.Equal(hex, Encode(value));
    }

    [Fact]
    public void DateTimeZoneId_Legacy_IsLocalSeconds()
    {
        var summer = new CypherDateTime(1_688_169_600, 0, 7200, "Europe/Berlin"); // 2023-07-01T02:00+02:00
        var hex = Encode(summer, BoltValueFormat.V4);
        Assert.StartsWith("B3 66 CA 64 9F 88 A0", hex, StringComparison.Ordinal); // 1688176800 = local seconds
        Assert.Equal(summer, Decode(hex, BoltValueFormat.V4));
    }

    [Fact]
    public void DateTimeZoneId_UnknownZone_SaysWhatToUse()
    {
        var ex = Assert.Throws<HydrationException>(() => Decode("B3 69 00 00 83 58 58 58"));
        Assert.Contains("Unknown time zone 'XXX'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duration_IsMonthsDaysSecondsNanos() =>
        AssertBoth(new CypherDuration(14, 3, 4, 500_000_000), "B4 45 0E 03 04 CA 1D CD 65 00");

    [Fact]
    public void Point2D_IsSridXY() =>
        AssertBoth(
            new CypherPoint(7203, 1.0, 2.0),
            "B3 58 C9 1C 23 C1 3F F0 00 00 00 00 00 00 C1 40 00 00 00 00 00 00 00"
        );

    [Fact]
    public void Point3D_IsSridXYZ() =>
        AssertBoth(
            new CypherPoint(9157, 0, 0, -1),
            "B4 59 C9 23 C5 C1 00 00 00 00 00 00 00 00 C1 00 00 00 00 00 00 00 00 C1 BF F0 00 00 00 00 00 00"
        );

    [Fact]
    public void Time_OutOfRange_IsAHydrationError()
    {
        var ex = Assert.Throws<HydrationException>(() => Decode("B2 54 FF 00"));
        Assert.Contains("invalid value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownTag_IsRefused()
    {
        var ex = Assert.Throws<HydrationException>(() => Decode("B1 56 01"));
        Assert.Contains("Unknown structure tag 0x56", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestedValues_RoundTrip()
    {
        var value = CypherList.Wrap([
            CypherNull.Instance,
            CypherBoolean.True,
            1.5,
            "x",
            new CypherBytes(new byte[] { 9 }),
            new CypherMap(new Dictionary<string, CypherValue> { ["node"] = s_node, ["d"] = CypherDate.Of(2000, 1, 1) }),
        ]);
        Assert.Equal(value, Decode(Encode(value)));
    }
}
