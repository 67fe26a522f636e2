using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Messages;

/// <summary>HELLO: user_agent, bolt_agent, routing, and (4.4/5.0) the credentials.</summary>
public sealed record HelloMessage(CypherMap Extra) : BoltMessage
{
    public override byte Signature => MessageSignatures.Hello;

    public override string Name => "HELLO";

    public override int FieldCount => 1;

    public override void WriteFields(PackStreamWriter writer, BoltValueFormat format) =>
        BoltValueWriter.WriteMap(writer, Extra, format);

    public static HelloMessage Read(ref PackStreamReader reader, int fields, BoltValueFormat format)
    {
        MessageFields.Expect("HELLO", fields, 1);
        return new HelloMessage(MessageFields.ReadMap(ref reader, format, "HELLO Extra"));
    }
}
