using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Messages;

/// <summary>RUN: query text, parameters, and extra (the transaction settings of an auto-commit query).</summary>
public sealed record RunMessage(string Query, CypherMap Parameters, CypherMap Extra) : BoltMessage
{
    public override byte Signature => MessageSignatures.Run;

    public override string Name => "RUN";

    public override int FieldCount => 3;

    public override void WriteFields(PackStreamWriter writer, BoltValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString(Query);
        BoltValueWriter.WriteMap(writer, Parameters, format);
        BoltValueWriter.WriteMap(writer, Extra, format);
    }

    public static RunMessage Read(ref PackStreamReader reader, int fields, BoltValueFormat format)
    {
        MessageFields.Expect("RUN", fields, 3);
        if (reader.PeekType() != PackStreamType.String)
        {
            throw new Framing.BoltProtocolException($"RUN's query must be a string, not a {reader.PeekType()}.");
        }
        var query = reader.ReadString();
        var parameters = MessageFields.ReadMap(ref reader, format, "RUN parameters");
        var extra = MessageFields.ReadMap(ref reader, format, "RUN extra");
        return new RunMessage(query, parameters, extra);
    }
}
