using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;

namespace EconSecGraph.Bolt.Messages;

/// <summary>LOGOFF (5.1+): forget the authentication; the connection waits for LOGON.</summary>
public sealed record LogoffMessage : BoltMessage
{
    public static readonly LogoffMessage Instance = new();

    public override byte Signature => MessageSignatures.Logoff;

    public override string Name => "LOGOFF";

    public override int FieldCount => 0;

    public override void WriteFields(PackStreamWriter writer, BoltValueFormat format) { }
}
