using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;

namespace EconSecGraph.Bolt.Messages;

/// <summary>GOODBYE: the client is leaving; the server closes without a reply.</summary>
public sealed record GoodbyeMessage : BoltMessage
{
    public static readonly GoodbyeMessage Instance = new();

    public override byte Signature => MessageSignatures.Goodbye;

    public override string Name => "GOODBYE";

    public override int FieldCount => 0;

    public override void WriteFields(PackStreamWriter writer, BoltValueFormat format) { }
}
