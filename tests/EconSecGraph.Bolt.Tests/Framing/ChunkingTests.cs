using System.Buffers;
using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Tests.Support;

namespace EconSecGraph.Bolt.Tests.Framing;

public class ChunkingTests
{
    [Fact]
    public void WriteMessage_JsDriverRunBytes()
    {
        // RUN "RETURN 1" {} {} as the JS driver sends it (neo4j-protocols.md A.6)
        var message = Hex.Bytes("B3 10 88 52 45 54 55 52 4E 20 31 A0 A0");
        var buffer = new ArrayBufferWriter<byte>();
        ChunkWriter.WriteMessage(buffer, message);
        Assert.Equal("00 0D B3 10 88 52 45 54 55 52 4E 20 31 A0 A0 00 00", Hex.Of(buffer.WrittenSpan));
    }

    [Fact]
    public void WriteMessage_SplitsAtTheMaximumChunkSize()
    {
        var message = new byte[70_000];
        var buffer = new ArrayBufferWriter<byte>();
        ChunkWriter.WriteMessage(buffer, message);
        var bytes = buffer.WrittenSpan;
        Assert.Equal(2 + 65_535 + 2 + 4_465 + 2, bytes.Length);
        Assert.Equal("FF FF", Hex.Of(bytes[..2]));
        Assert.Equal("11 71", Hex.Of(bytes.Slice(2 + 65_535, 2)));
        Assert.Equal("00 00", Hex.Of(bytes[^2..]));
    }

    [Fact]
    public void ReadMessage_AcrossChunksAndPartialInput_SkippingNoops()
    {
        var reader = new ChunkReader(1024);
        // NOOP, then a message in two chunks, then the start of a second message
        var all = Hex.Bytes("00 00 00 02 B1 70 00 01 A0 00 00 00 01 B0");
        var first = new ReadOnlySequence<byte>(all[..5]);
        Assert.False(reader.TryReadMessage(ref first, out _));
        Assert.Equal(3, first.Length); // the NOOP is consumed, the partial chunk is left
        var rest = new ReadOnlySequence<byte>(all[2..]);
        Assert.True(reader.TryReadMessage(ref rest, out var message));
        Assert.Equal("B1 70 A0", Hex.Of(message.Span));
        reader.Reset();
        Assert.False(reader.TryReadMessage(ref rest, out _));
        Assert.True(reader.InMessage);
        Assert.Equal(0, rest.Length);
    }

    [Fact]
    public void ReadMessage_Oversized_Throws()
    {
        var reader = new ChunkReader(10);
        var input = new ReadOnlySequence<byte>(
            Hex.Bytes("00 08 01 02 03 04 05 06 07 08 00 08 01 02 03 04 05 06 07 08")
        );
        var ex = Assert.Throws<BoltProtocolException>(() => reader.TryReadMessage(ref input, out _));
        Assert.Contains("exceeds the limit of 10 bytes", ex.Message, StringComparison.Ordinal);
    }
}
