using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Messages;

/// <summary>RECORD: one row, as a list of values in field order.</summary>
public sealed record RecordMessage(IReadOnlyList<CypherValue> Values) : BoltMessage
{
    public override byte Signature => MessageSignatures.Record;

    public override string Name => "RECORD";

    public override int FieldCount => 1;

    public override void WriteFields(PackStreamWriter writer, BoltValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteListHeader(Values.Count);
        foreach (var value in Values)
        {
            BoltValueWriter.Write(writer, value, format);
        }
    }

    public static RecordMessage Read(ref PackStreamReader reader, int fields, BoltValueFormat format)
    {
        MessageFields.Expect("RECORD", fields, 1);
        if (reader.PeekType() != PackStreamType.List)
        {
            throw new BoltProtocolException($"RECORD's data must be a list, not a {reader.PeekType()}.");
        }
        var count = reader.ReadListHeader();
        var values = new CypherValue[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = BoltValueReader.Read(ref reader, format);
        }
        return new RecordMessage(values);
    }
}
