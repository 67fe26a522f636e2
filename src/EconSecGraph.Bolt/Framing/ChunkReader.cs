using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;

namespace EconSecGraph.Bolt.Framing;

/// <summary>
/// Reassembles messages from chunks. Consumes whole chunks only, skips NOOPs (<c>00 00</c> between
/// messages) and refuses messages larger than the configured limit.
/// </summary>
public sealed class ChunkReader(int maxMessageSize)
{
    private readonly ArrayBufferWriter<byte> _message = new(256);

    public int MaxMessageSize { get; } = maxMessageSize;

    /// <summary>True while part of a message has been read (the next bytes continue it).</summary>
    public bool InMessage => _message.WrittenCount > 0;

    /// <summary>
    /// Consumes complete chunks from <paramref name="buffer"/>. Returns true with the message bytes
    /// (valid until the next call) when a message ended; false when more input is needed.
    /// </summary>
    public bool TryReadMessage(ref ReadOnlySequence<byte> buffer, out ReadOnlyMemory<byte> message)
    {
        message = default;
        var reader = new SequenceReader<byte>(buffer);
        Span<byte> header = stackalloc byte[2];
        try
        {
            while (reader.Remaining >= 2)
            {
                reader.TryCopyTo(header);
                var size = BinaryPrimitives.ReadUInt16BigEndian(header);
                if (size == 0)
                {
                    reader.Advance(2);
                    if (_message.WrittenCount == 0)
                    {
                        continue; // NOOP keep-alive
                    }
                    message = _message.WrittenMemory;
                    return true;
                }
                if (reader.Remaining < 2 + size)
                {
                    return false;
                }
                if (_message.WrittenCount + size > MaxMessageSize)
                {
                    throw new BoltProtocolException(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"A message exceeds the limit of {MaxMessageSize} bytes; send smaller queries or parameters."
                        )
                    );
                }
                reader.Advance(2);
                var target = _message.GetSpan(size)[..size];
                reader.TryCopyTo(target);
                _message.Advance(size);
                reader.Advance(size);
            }
            return false;
        }
        finally
        {
            buffer = buffer.Slice(reader.Position);
        }
    }

    /// <summary>Forgets the last message; call after it has been decoded.</summary>
    public void Reset() => _message.ResetWrittenCount();
}
