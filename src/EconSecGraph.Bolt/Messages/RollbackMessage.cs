using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;

namespace EconSecGraph.Bolt.Messages;

/// <summary>ROLLBACK: roll back the explicit transaction.</summary>
public sealed record RollbackMessage : BoltMessage
{
    public static readonly RollbackMessage Instance = new();

    public override byte Signature => MessageSignatures.Rollback;

    public override string Name => "ROLLBACK";

    public override int FieldCount => 0;

    public override void WriteFields(PackStreamWriter writer, BoltValueFormat format) { }
}
