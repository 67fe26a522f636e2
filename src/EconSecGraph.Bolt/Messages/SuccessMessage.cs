using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Messages;

/// <summary>SUCCESS: the request succeeded; the metadata depends on the request.</summary>
public sealed record SuccessMessage(CypherMap Metadata) : BoltMessage
{
    public override byte Signature => MessageSignatures.Success;

    public override string Name => "SUCCESS";

    public override int FieldCount => 1;

    public override void WriteFields(PackStreamWriter writer, BoltValueFormat format) =>
        BoltValueWriter.WriteMap(writer, Metadata, format);

    public static SuccessMessage Read(ref PackStreamReader reader, int fields, BoltValueFormat format)
    {
        MessageFields.Expect("SUCCESS", fields, 1);
        return new SuccessMessage(MessageFields.ReadMap(ref reader, format, "SUCCESS Metadata"));
    }
}
