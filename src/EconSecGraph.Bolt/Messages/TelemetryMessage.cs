using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;

namespace EconSecGraph.Bolt.Messages;

/// <summary>TELEMETRY (5.4+): which driver API ran the next work (0 managed tx, 1 explicit tx, 2 implicit, 3 executeQuery).</summary>
public sealed record TelemetryMessage(long Api) : BoltMessage
{
    public override byte Signature => MessageSignatures.Telemetry;

    public override string Name => "TELEMETRY";

    public override int FieldCount => 1;

    public override void WriteFields(PackStreamWriter writer, BoltValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteInteger(Api);
    }

    public static TelemetryMessage Read(ref PackStreamReader reader, int fields)
    {
        MessageFields.Expect("TELEMETRY", fields, 1);
        if (reader.PeekType() != PackStreamType.Integer)
        {
            throw new BoltProtocolException($"TELEMETRY's api must be an integer, not a {reader.PeekType()}.");
        }
        return new TelemetryMessage(reader.ReadInteger());
    }
}
