using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Messages;

/// <summary>DISCARD: drop up to n records of the query qid (-1: the last one).</summary>
public sealed record DiscardMessage(long N, long Qid = -1) : BoltMessage
{
    /// <summary>`n = -1`: all remaining records.</summary>
    public const long All = -1;

    public override byte Signature => MessageSignatures.Discard;

    public override string Name => "DISCARD";

    public override int FieldCount => 1;

    public override void WriteFields(PackStreamWriter writer, BoltValueFormat format) =>
        BoltValueWriter.WriteMap(
            writer,
            MessageFields.Map(("n", N), ("qid", Qid == -1 ? null : (CypherValue)Qid)),
            format
        );

    public static DiscardMessage Read(ref PackStreamReader reader, int fields, BoltValueFormat format)
    {
        MessageFields.Expect("DISCARD", fields, 1);
        var extra = MessageFields.ReadMap(ref reader, format, "DISCARD extra");
        var n =
            MessageFields.GetInteger(extra, "n", "DISCARD")
            ?? throw new BoltProtocolException("DISCARD requires 'n' (the number of records, -1 for all).");
        if (n == 0 || n < -1)
        {
            throw new BoltProtocolException("DISCARD 'n' must be a positive number of records or -1 for all.");
        }
        var qid = MessageFields.GetInteger(extra, "qid", "DISCARD") ?? -1;
        return new DiscardMessage(n, qid);
    }
}
