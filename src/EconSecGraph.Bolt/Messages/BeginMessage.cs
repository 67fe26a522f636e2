using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Messages;

/// <summary>BEGIN: start an explicit transaction (bookmarks, tx_timeout, tx_metadata, mode, db, imp_user).</summary>
public sealed record BeginMessage(CypherMap Extra) : BoltMessage
{
    public override byte Signature => MessageSignatures.Begin;

    public override string Name => "BEGIN";

    public override int FieldCount => 1;

    public override void WriteFields(PackStreamWriter writer, BoltValueFormat format) =>
        BoltValueWriter.WriteMap(writer, Extra, format);

    public static BeginMessage Read(ref PackStreamReader reader, int fields, BoltValueFormat format)
    {
        MessageFields.Expect("BEGIN", fields, 1);
        return new BeginMessage(MessageFields.ReadMap(ref reader, format, "BEGIN Extra"));
    }
}
