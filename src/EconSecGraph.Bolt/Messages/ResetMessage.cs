using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;

namespace EconSecGraph.Bolt.Messages;

/// <summary>RESET: abandon any work and failure state, back to READY.</summary>
public sealed record ResetMessage : BoltMessage
{
    public static readonly ResetMessage Instance = new();

    public override byte Signature => MessageSignatures.Reset;

    public override string Name => "RESET";

    public override int FieldCount => 0;

    public override void WriteFields(PackStreamWriter writer, BoltValueFormat format) { }
}
