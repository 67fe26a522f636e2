using System.Buffers;

namespace EconSecGraph.Bolt.Framing;

/// <summary>The handshake's variable-length integers: 7-bit groups, least significant first, high bit = more.</summary>
public static class VarInt
{
    /// <summary>The longest encoding accepted (a 64-bit value takes 10 bytes).</summary>
    public const int MaxLength = 10;

    public static void Write(IBufferWriter<byte> output, ulong value)
    {
        ArgumentNullException.ThrowIfNull(output);
        var span = output.GetSpan(MaxLength);
        var n = 0;
        do
        {
            var group = (byte)(value & 0x7F);
            value >>= 7;
            span[n++] = value != 0 ? (byte)(group | 0x80) : group;
        } while (value != 0);
        output.Advance(n);
    }

    /// <summary>Reads a VarInt; false when more bytes are needed. Throws when it is longer than 10 bytes.</summary>
    public static bool TryRead(ref SequenceReader<byte> reader, out ulong value)
    {
        value = 0;
        var start = reader.Consumed;
        for (var shift = 0; shift < 7 * MaxLength; shift += 7)
        {
            if (!reader.TryRead(out var b))
            {
                reader.Rewind(reader.Consumed - start);
                return false;
            }
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return true;
            }
        }
        throw new BoltProtocolException("A handshake VarInt is longer than 10 bytes.");
    }
}
