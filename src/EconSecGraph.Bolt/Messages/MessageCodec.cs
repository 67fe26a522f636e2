using System.Buffers;
using System.Globalization;
using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;

namespace EconSecGraph.Bolt.Messages;

/// <summary>Turns messages into PackStream bytes and back; shared by the server and the client.</summary>
public static class MessageCodec
{
    public static void Write(IBufferWriter<byte> output, BoltMessage message, BoltValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(message);
        var writer = new PackStreamWriter(output);
        writer.WriteStructureHeader(message.Signature, message.FieldCount);
        message.WriteFields(writer, format);
    }

    public static byte[] Serialize(BoltMessage message, BoltValueFormat format)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        Write(buffer, message, format);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Decodes one complete message. Unknown signatures, wrong field counts, malformed values and
    /// trailing bytes throw <see cref="BoltProtocolException"/>.
    /// </summary>
    public static BoltMessage Read(ReadOnlySpan<byte> data, BoltValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        try
        {
            var reader = new PackStreamReader(data);
            if (reader.PeekType() != PackStreamType.Structure)
            {
                throw new BoltProtocolException($"A message must be a structure, not a {reader.PeekType()}.");
            }
            var fields = reader.ReadStructureHeader(out var signature);
            BoltMessage message = signature switch
            {
                MessageSignatures.Hello => HelloMessage.Read(ref reader, fields, format),
                MessageSignatures.Logon => LogonMessage.Read(ref reader, fields, format),
                MessageSignatures.Logoff => Empty("LOGOFF", fields, LogoffMessage.Instance),
                MessageSignatures.Goodbye => Empty("GOODBYE", fields, GoodbyeMessage.Instance),
                MessageSignatures.Reset => Empty("RESET", fields, ResetMessage.Instance),
                MessageSignatures.Run => RunMessage.Read(ref reader, fields, format),
                MessageSignatures.Begin => BeginMessage.Read(ref reader, fields, format),
                MessageSignatures.Commit => Empty("COMMIT", fields, CommitMessage.Instance),
                MessageSignatures.Rollback => Empty("ROLLBACK", fields, RollbackMessage.Instance),
                MessageSignatures.Pull => PullMessage.Read(ref reader, fields, format),
                MessageSignatures.Discard => DiscardMessage.Read(ref reader, fields, format),
                MessageSignatures.Route => RouteMessage.Read(ref reader, fields, format),
                MessageSignatures.Telemetry => TelemetryMessage.Read(ref reader, fields),
                MessageSignatures.Success => SuccessMessage.Read(ref reader, fields, format),
                MessageSignatures.Record => RecordMessage.Read(ref reader, fields, format),
                MessageSignatures.Ignored => Empty("IGNORED", fields, IgnoredMessage.Instance),
                MessageSignatures.Failure => FailureMessage.Read(ref reader, fields, format),
                _ => throw new BoltProtocolException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Unknown message signature 0x{signature:X2}; this server speaks Bolt 4.4 and 5.0–5.8."
                    )
                ),
            };
            if (!reader.AtEnd)
            {
                throw new BoltProtocolException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"{message.Name} has {reader.Remaining} trailing byte(s) after its fields."
                    )
                );
            }
            return message;
        }
        catch (Exception ex) when (ex is PackStreamException or HydrationException)
        {
            throw new BoltProtocolException("Malformed message: " + ex.Message, ex);
        }
    }

    private static T Empty<T>(string name, int fields, T instance)
    {
        MessageFields.Expect(name, fields, 0);
        return instance;
    }
}
