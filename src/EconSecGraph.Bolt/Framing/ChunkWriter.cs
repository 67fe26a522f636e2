using System.Buffers;
using System.Buffers.Binary;

namespace EconSecGraph.Bolt.Framing;

/// <summary>Splits one serialized message into chunks (2-byte length + payload) and ends it with <c>00 00</c>.</summary>
public static class ChunkWriter
{
    public const int MaxChunkSize = ushort.MaxValue;

    public static void WriteMessage(
        IBufferWriter<byte> output,
        ReadOnlySpan<byte> message,
        int maxChunkSize = MaxChunkSize
    )
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChunkSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxChunkSize, MaxChunkSize);
        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, maxChunkSize);
            var span = output.GetSpan(2 + size);
            BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)size);
            message[..size].CopyTo(span[2..]);
            output.Advance(2 + size);
            message = message[size..];
        }
        WriteNoop(output);
    }

    /// <summary>Writes <c>00 00</c>: the end of a message, or a keep-alive NOOP between messages.</summary>
    public static void WriteNoop(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var end = output.GetSpan(2);
        end[0] = 0;
        end[1] = 0;
        output.Advance(2);
    }
}
