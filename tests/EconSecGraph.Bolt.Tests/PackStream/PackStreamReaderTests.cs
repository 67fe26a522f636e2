using System.Buffers;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Bolt.Tests.Support;

namespace EconSecGraph.Bolt.Tests.PackStream;

public class PackStreamReaderTests
{
    private static object? Read(string hex)
    {
        var reader = new PackStreamReader(Hex.Bytes(hex));
        var value = reader.ReadValue();
        Assert.True(reader.AtEnd, "the whole input is one value");
        return value;
    }

    private static string ReadError(string hex)
    {
        var bytes = Hex.Bytes(hex);
        var ex = Assert.Throws<PackStreamException>(() =>
        {
            var reader = new PackStreamReader(bytes);
            reader.ReadValue();
        });
        return ex.Message;
    }

    [Theory]
    [InlineData("00", 0L)]
    [InlineData("7F", 127L)]
    [InlineData("F0", -16L)]
    [InlineData("FF", -1L)]
    [InlineData("C8 80", -128L)]
    [InlineData("C8 01", 1L)] // a wider form than needed is legal to read
    [InlineData("C9 04 D2", 1234L)]
    [InlineData("C9 00 01", 1L)]
    [InlineData("CA 80 00 00 00", -2147483648L)]
    [InlineData("CA 00 00 00 01", 1L)]
    [InlineData("CB 7F FF FF FF FF FF FF FF", long.MaxValue)]
    [InlineData("CB 00 00 00 00 00 00 00 01", 1L)]
    public void ReadInteger_EveryWidth(string hex, long expected) => Assert.Equal(expected, Read(hex));

    [Fact]
    public void ReadScalars()
    {
        Assert.Null(Read("C0"));
        Assert.Equal(true, Read("C3"));
        Assert.Equal(false, Read("C2"));
        Assert.Equal(1.23, Read("C1 3F F3 AE 14 7A E1 47 AE"));
        Assert.Equal("", Read("80"));
        Assert.Equal("A", Read("D0 01 41"));
        Assert.Equal("A", Read("D1 00 01 41"));
        Assert.Equal("A", Read("D2 00 00 00 01 41"));
        Assert.Equal("Größenmaßstäbe", Read("D0 12 47 72 C3 B6 C3 9F 65 6E 6D 61 C3 9F 73 74 C3 A4 62 65"));
        Assert.Equal(new byte[] { 1, 2 }, Read("CC 02 01 02"));
        Assert.Equal(new byte[] { 1 }, Read("CD 00 01 01"));
        Assert.Equal(new byte[] { 1 }, Read("CE 00 00 00 01 01"));
    }

    [Fact]
    public void ReadContainers_EveryWidth()
    {
        Assert.Equal(new List<object?> { 1L, 2L }, Read("92 01 02"));
        Assert.Equal(new List<object?> { 1L }, Read("D4 01 01"));
        Assert.Equal(new List<object?> { 1L }, Read("D5 00 01 01"));
        Assert.Equal(new List<object?> { 1L }, Read("D6 00 00 00 01 01"));
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1L }, Read("A1 81 61 01"));
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1L }, Read("D8 01 81 61 01"));
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1L }, Read("D9 00 01 81 61 01"));
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1L }, Read("DA 00 00 00 01 81 61 01"));
    }

    [Fact]
    public void ReadDictionary_DuplicateKeys_LastWins() =>
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 2L }, Read("A2 81 61 01 81 61 02"));

    [Fact]
    public void ReadStructure_IsGeneric()
    {
        var structure = Assert.IsType<PackStreamStructure>(Read("B2 7A 01 81 78"));
        Assert.Equal(0x7A, structure.Tag);
        Assert.Equal(new object?[] { 1L, "x" }, structure.Fields);
    }

    [Fact]
    public void ReadThenWrite_RoundTripsLargeValues()
    {
        var value = new Dictionary<string, object?>
        {
            ["list"] = Enumerable.Range(0, 70000).Select(i => (object?)(long)i).ToList(),
            ["text"] = new string('語', 30000),
            ["nested"] = new PackStreamStructure(0x01, [new List<object?> { null, true, 2.5 }]),
        };
        var buffer = new ArrayBufferWriter<byte>();
        new PackStreamWriter(buffer).WriteValue(value);
        var reader = new PackStreamReader(buffer.WrittenSpan);
        var back = Assert.IsType<Dictionary<string, object?>>(reader.ReadValue());
        Assert.Equal((List<object?>)value["list"]!, back["list"]);
        Assert.Equal(value["text"], back["text"]);
        var nested = Assert.IsType<PackStreamStructure>(back["nested"]);
        Assert.Equal(new List<object?> { null, true, 2.5 }, nested.Fields[0]);
    }

    [Theory]
    [InlineData("C4")]
    [InlineData("C5")]
    [InlineData("C6")]
    [InlineData("C7")]
    [InlineData("CF")]
    [InlineData("D3")]
    [InlineData("D7")]
    [InlineData("DB")]
    [InlineData("DC")]
    [InlineData("DD")]
    [InlineData("DE")]
    [InlineData("DF")]
    [InlineData("E0")]
    [InlineData("EF")]
    public void ReadReservedMarker_Throws(string marker) =>
        Assert.Contains("Unknown PackStream marker 0x" + marker, ReadError(marker), StringComparison.Ordinal);

    [Theory]
    [InlineData("C9 01")]
    [InlineData("CB 00 00")]
    [InlineData("C1 3F F3")]
    [InlineData("85 41 42")]
    [InlineData("CC 05 01")]
    [InlineData("93 01 02")]
    [InlineData("A1 81 61")]
    [InlineData("B2 4E 01")]
    [InlineData("B1")]
    [InlineData("")]
    public void ReadTruncated_Throws(string hex) =>
        Assert.Contains("truncated", ReadError(hex), StringComparison.Ordinal);

    [Fact]
    public void ReadHugeDeclaredSizes_ThrowWithoutAllocating()
    {
        Assert.Contains("truncated", ReadError("D6 7F FF FF FF"), StringComparison.Ordinal);
        Assert.Contains("truncated", ReadError("DA 7F FF FF FF"), StringComparison.Ordinal);
        Assert.Contains("truncated", ReadError("D2 7F FF FF FF"), StringComparison.Ordinal);
        Assert.Contains("exceeds", ReadError("D2 FF FF FF FF"), StringComparison.Ordinal);
        Assert.Contains("exceeds", ReadError("CE 80 00 00 00"), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadNonStringKey_Throws() =>
        Assert.Contains("keys must be strings", ReadError("A1 01 01"), StringComparison.Ordinal);

    [Fact]
    public void ReadInvalidUtf8_Throws() =>
        Assert.Contains("not valid UTF-8", ReadError("82 C3 28"), StringComparison.Ordinal);

    [Fact]
    public void ReadHighStructureTag_Throws() =>
        Assert.Contains("out of range", ReadError("B0 80"), StringComparison.Ordinal);

    [Fact]
    public void ReadDeepNesting_ThrowsInsteadOfOverflowingTheStack()
    {
        var bytes = Enumerable.Repeat((byte)0x91, 100_000).Append((byte)0xC0).ToArray();
        var ex = Assert.Throws<PackStreamException>(() =>
        {
            var reader = new PackStreamReader(bytes);
            reader.ReadValue();
        });
        Assert.Contains("nest deeper", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTypedValue_WrongType_SaysWhatWasFound()
    {
        var ex = Assert.Throws<PackStreamException>(() =>
        {
            var reader = new PackStreamReader(Hex.Bytes("81 61"));
            reader.ReadInteger();
        });
        Assert.Contains(
            "Expected a PackStream Integer at byte 0 but found String",
            ex.Message,
            StringComparison.Ordinal
        );
    }
}
