using System.Buffers;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Bolt.Tests.Support;

namespace EconSecGraph.Bolt.Tests.PackStream;

/// <summary>Byte-exact encodings from the PackStream v1 specification.</summary>
public class PackStreamWriterTests
{
    private static string Encode(Action<PackStreamWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(new PackStreamWriter(buffer));
        return Hex.Of(buffer.WrittenSpan);
    }

    [Fact]
    public void WriteNull_IsC0() => Assert.Equal("C0", Encode(w => w.WriteNull()));

    [Fact]
    public void WriteBoolean_IsC2OrC3()
    {
        Assert.Equal("C2", Encode(w => w.WriteBoolean(false)));
        Assert.Equal("C3", Encode(w => w.WriteBoolean(true)));
    }

    [Theory]
    [InlineData(0L, "00")]
    [InlineData(1L, "01")]
    [InlineData(42L, "2A")]
    [InlineData(127L, "7F")]
    [InlineData(-1L, "FF")]
    [InlineData(-16L, "F0")]
    [InlineData(-17L, "C8 EF")]
    [InlineData(-128L, "C8 80")]
    [InlineData(128L, "C9 00 80")]
    [InlineData(-129L, "C9 FF 7F")]
    [InlineData(1234L, "C9 04 D2")]
    [InlineData(32767L, "C9 7F FF")]
    [InlineData(-32768L, "C9 80 00")]
    [InlineData(32768L, "CA 00 00 80 00")]
    [InlineData(-32769L, "CA FF FF 7F FF")]
    [InlineData(2147483647L, "CA 7F FF FF FF")]
    [InlineData(-2147483648L, "CA 80 00 00 00")]
    [InlineData(2147483648L, "CB 00 00 00 00 80 00 00 00")]
    [InlineData(-2147483649L, "CB FF FF FF FF 7F FF FF FF")]
    [InlineData(long.MaxValue, "CB 7F FF FF FF FF FF FF FF")]
    [InlineData(long.MinValue, "CB 80 00 00 00 00 00 00 00")]
    public void WriteInteger_UsesTheSmallestForm(long value, string expected) =>
        Assert.Equal(expected, Encode(w => w.WriteInteger(value)));

    [Theory]
    [InlineData(1.23, "C1 3F F3 AE 14 7A E1 47 AE")]
    [InlineData(1.0, "C1 3F F0 00 00 00 00 00 00")]
    [InlineData(-0.0, "C1 80 00 00 00 00 00 00 00")]
    [InlineData(double.PositiveInfinity, "C1 7F F0 00 00 00 00 00 00")]
    public void WriteFloat_IsC1AndBigEndianIeee754(double value, string expected) =>
        Assert.Equal(expected, Encode(w => w.WriteFloat(value)));

    [Fact]
    public void WriteFloat_NaN_RoundTrips()
    {
        var buffer = new ArrayBufferWriter<byte>();
        new PackStreamWriter(buffer).WriteFloat(double.NaN);
        var reader = new PackStreamReader(buffer.WrittenSpan);
        Assert.True(double.IsNaN(reader.ReadFloat()));
    }

    [Fact]
    public void WriteString_TinyEmptyAndSizes()
    {
        Assert.Equal("80", Encode(w => w.WriteString("")));
        Assert.Equal("81 41", Encode(w => w.WriteString("A")));
        Assert.Equal("8F " + Hex.Of("ABCDEFGHIJKLMNO"u8), Encode(w => w.WriteString("ABCDEFGHIJKLMNO")));
        Assert.Equal("D0 10 " + Hex.Of("ABCDEFGHIJKLMNOP"u8), Encode(w => w.WriteString("ABCDEFGHIJKLMNOP")));
        Assert.StartsWith("D1 01 00 ", Encode(w => w.WriteString(new string('x', 256))), StringComparison.Ordinal);
        Assert.StartsWith(
            "D2 00 01 00 00 ",
            Encode(w => w.WriteString(new string('x', 65536))),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void WriteString_LengthCountsUtf8Bytes()
    {
        // "Größenmaßstäbe" from the specification: 14 characters, 18 UTF-8 bytes
        Assert.Equal(
            "D0 12 47 72 C3 B6 C3 9F 65 6E 6D 61 C3 9F 73 74 C3 A4 62 65",
            Encode(w => w.WriteString("Größenmaßstäbe"))
        );
        Assert.Equal("83 E7 B5 8C", Encode(w => w.WriteString("経")));
    }

    [Fact]
    public void WriteBytes_HasNoTinyForm()
    {
        Assert.Equal("CC 00", Encode(w => w.WriteBytes([])));
        Assert.Equal("CC 03 01 02 03", Encode(w => w.WriteBytes([1, 2, 3])));
        Assert.StartsWith("CD 01 00", Encode(w => w.WriteBytes(new byte[256])), StringComparison.Ordinal);
        Assert.StartsWith("CE 00 01 00 00", Encode(w => w.WriteBytes(new byte[65536])), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteList_HeadersByCount()
    {
        Assert.Equal("90", Encode(w => w.WriteListHeader(0)));
        Assert.Equal("93 01 02 03", Encode(w => w.WriteValue(new List<object?> { 1L, 2L, 3L })));
        Assert.Equal("9F", Encode(w => w.WriteListHeader(15)));
        Assert.Equal("D4 10", Encode(w => w.WriteListHeader(16)));
        Assert.Equal("D5 01 00", Encode(w => w.WriteListHeader(256)));
        Assert.Equal("D6 00 01 00 00", Encode(w => w.WriteListHeader(65536)));
    }

    [Fact]
    public void WriteDictionary_HeadersByCount()
    {
        Assert.Equal("A0", Encode(w => w.WriteDictionaryHeader(0)));
        Assert.Equal(
            "A1 83 6F 6E 65 84 65 69 6E 73",
            Encode(w => w.WriteValue(new Dictionary<string, object?> { ["one"] = "eins" }))
        );
        Assert.Equal("AF", Encode(w => w.WriteDictionaryHeader(15)));
        Assert.Equal("D8 10", Encode(w => w.WriteDictionaryHeader(16)));
        Assert.Equal("D9 01 00", Encode(w => w.WriteDictionaryHeader(256)));
        Assert.Equal("DA 00 01 00 00", Encode(w => w.WriteDictionaryHeader(65536)));
    }

    [Fact]
    public void WriteStructure_IsTinyHeaderThenTagThenFields()
    {
        Assert.Equal(
            "B3 4E 01 90 A0",
            Encode(w =>
                w.WriteValue(
                    new PackStreamStructure(0x4E, [1L, new List<object?>(), new Dictionary<string, object?>()])
                )
            )
        );
        Assert.Equal("B0 0F", Encode(w => w.WriteStructureHeader(0x0F, 0)));
    }

    [Fact]
    public void WriteStructure_RejectsMoreThan15FieldsAndHighTags()
    {
        var writer = new PackStreamWriter(new ArrayBufferWriter<byte>());
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.WriteStructureHeader(0x4E, 16));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.WriteStructureHeader(0x80, 1));
    }

    [Fact]
    public void WriteValue_RejectsUnknownClrTypes()
    {
        var writer = new PackStreamWriter(new ArrayBufferWriter<byte>());
        var ex = Assert.Throws<ArgumentException>(() => writer.WriteValue(new Uri("http://x")));
        Assert.Contains("System.Uri", ex.Message, StringComparison.Ordinal);
    }
}
