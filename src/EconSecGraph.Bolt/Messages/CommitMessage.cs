using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;

namespace EconSecGraph.Bolt.Messages;

/// <summary>COMMIT: commit the explicit transaction.</summary>
public sealed record CommitMessage : BoltMessage
{
    public static readonly CommitMessage Instance = new();

    public override byte Signature => MessageSignatures.Commit;

    public override string Name => "COMMIT";

    public override int FieldCount => 0;

    public override void WriteFields(PackStreamWriter writer, BoltValueFormat format) { }
}
