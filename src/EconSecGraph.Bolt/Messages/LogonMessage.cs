using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Messages;

/// <summary>LOGON (5.1+): scheme, principal, credentials. Its text form never shows the credentials.</summary>
public sealed record LogonMessage(CypherMap Auth) : BoltMessage
{
    public override byte Signature => MessageSignatures.Logon;

    public override string Name => "LOGON";

    public override int FieldCount => 1;

    public override void WriteFields(PackStreamWriter writer, BoltValueFormat format) =>
        BoltValueWriter.WriteMap(writer, Auth, format);

    public static LogonMessage Read(ref PackStreamReader reader, int fields, BoltValueFormat format)
    {
        MessageFields.Expect("LOGON", fields, 1);
        return new LogonMessage(MessageFields.ReadMap(ref reader, format, "LOGON Auth"));
    }
}
