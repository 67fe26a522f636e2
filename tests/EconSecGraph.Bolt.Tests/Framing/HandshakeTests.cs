using System.Buffers;
using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Tests.Support;

namespace EconSecGraph.Bolt.Tests.Framing;

public class HandshakeTests
{
    [Theory]
    [InlineData(new uint[] { 0x00080805, 0x00020404, 0x00000003, 0 }, "5.8")] // JS without manifest
    [InlineData(new uint[] { 0x00070705, 0x00020404, 0x00000104, 0x00000003 }, "5.7")] // Java (cypher-shell)
    [InlineData(new uint[] { 0x00060605, 0x00020404, 0x00000104, 0x00000003 }, "5.6")] // .NET driver
    [InlineData(new uint[] { 0x00000505, 0x00000405, 0, 0 }, "5.4")] // 5.5 is never chosen
    [InlineData(new uint[] { 0x00000005, 0, 0, 0 }, "5.0")]
    [InlineData(new uint[] { 0x00020404, 0x00080805, 0, 0 }, "4.4")] // the first matching proposal wins
    [InlineData(new uint[] { 0, 0x00000305, 0, 0 }, "5.3")] // zero slots are skipped
    [InlineData(new uint[] { 0x00000006, 0x00000105, 0, 0 }, "5.1")]
    public void Choose_FirstMatchingProposal_HighestVersionInside(uint[] proposals, string expected)
    {
        var version = Handshake.Choose(proposals, out var manifest);
        Assert.False(manifest);
        Assert.Equal(expected, version?.ToString());
    }

    [Fact]
    public void Choose_NoMatch_IsNull()
    {
        Assert.Null(Handshake.Choose([0x00000003, 0x00000002, 0, 0], out var manifest));
        Assert.False(manifest);
    }

    [Fact]
    public void Choose_ManifestFirst_SelectsManifest()
    {
        // the JS 6.3 opening: manifest v1, 5.8..5.0, 4.4..4.2, 3.0
        Assert.Null(Handshake.Choose([0x000001FF, 0x00080805, 0x00020404, 0x00000003], out var manifest));
        Assert.True(manifest);
    }

    [Fact]
    public void ParseRequest_WrongMagic_SaysSo()
    {
        var ex = Assert.Throws<BoltProtocolException>(() => Handshake.ParseRequest(new byte[20]));
        Assert.Contains("60 60 B0 17", ex.Message, StringComparison.Ordinal);
        var http = "GET / HTTP/1.1\r\nHost: x\r\n"u8.ToArray();
        Assert.Contains(
            "HTTP request",
            Assert.Throws<BoltProtocolException>(() => Handshake.ParseRequest(http)).Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void VersionEncoding_IsRangeMinorMajor()
    {
        Assert.Equal(0x00000805u, BoltVersion.V5_8.Encode());
        Assert.Equal(new BoltVersion(4, 4), BoltVersion.Decode(0x00000404));
        Assert.Equal(new VersionRange(5, 8, 8), VersionRange.Decode(0x00080805));
        Assert.Equal(0x00020805u, new VersionRange(5, 8, 2).Encode());
    }

    [Theory]
    [InlineData(1UL, "01")]
    [InlineData(127UL, "7F")]
    [InlineData(128UL, "80 01")]
    [InlineData(1_851_775UL, "FF 82 71")]
    public void VarInt_SpecExamples(ulong value, string hex)
    {
        var buffer = new ArrayBufferWriter<byte>();
        VarInt.Write(buffer, value);
        Assert.Equal(hex, Hex.Of(buffer.WrittenSpan));
        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(Hex.Bytes(hex)));
        Assert.True(VarInt.TryRead(ref reader, out var back));
        Assert.Equal(value, back);
    }

    [Fact]
    public void VarInt_Incomplete_NeedsMore_TooLong_Throws()
    {
        var partial = new SequenceReader<byte>(new ReadOnlySequence<byte>(Hex.Bytes("FF 82")));
        Assert.False(VarInt.TryRead(ref partial, out _));
        Assert.Equal(0, partial.Consumed);
        Assert.Throws<BoltProtocolException>(() =>
        {
            var endless = new SequenceReader<byte>(
                new ReadOnlySequence<byte>(Enumerable.Repeat((byte)0xFF, 11).ToArray())
            );
            VarInt.TryRead(ref endless, out _);
        });
    }
}
