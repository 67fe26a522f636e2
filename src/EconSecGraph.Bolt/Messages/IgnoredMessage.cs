using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;

namespace EconSecGraph.Bolt.Messages;

/// <summary>IGNORED: the request was not executed (the connection is FAILED or INTERRUPTED).</summary>
public sealed record IgnoredMessage : BoltMessage
{
    public static readonly IgnoredMessage Instance = new();

    public override byte Signature => MessageSignatures.Ignored;

    public override string Name => "IGNORED";

    public override int FieldCount => 0;

    public override void WriteFields(PackStreamWriter writer, BoltValueFormat format) { }
}
