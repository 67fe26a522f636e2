using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Messages;

/// <summary>PULL: stream up to n records of the query qid (-1: the last one).</summary>
public sealed record PullMessage(long N, long Qid = -1) : BoltMessage
{
    /// <summary>`n = -1`: all remaining records.</summary>
    public const long All = -1;

    public override byte Signature => MessageSignatures.Pull;

    public override string Name => "PULL";

    public override int FieldCount => 1;

    public override void WriteFields(PackStreamWriter writer, BoltValueFormat format) =>
        BoltValueWriter.WriteMap(
            writer,
            MessageFields.Map(("n", N), ("qid", Qid == -1 ? null : (CypherValue)Qid)),
            format
        );

    public static PullMessage Read(ref PackStreamReader reader, int fields, BoltValueFormat format)
    {
        MessageFields.Expect("PULL", fields, 1);
        var extra = MessageFields.ReadMap(ref reader, format, "PULL extra");
        var n =
            MessageFields.GetInteger(extra, "n", "PULL")
            ?? throw new BoltProtocolException("PULL requires 'n' (the number of records, -1 for all).");
        if (n == 0 || n < -1)
        {
            throw new BoltProtocolException("PULL 'n' must be a positive number of records or -1 for all.");
        }
        var qid = MessageFields.GetInteger(extra, "qid", "PULL") ?? -1;
        return new PullMessage(n, qid);
    }
}
