using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Messages;

/// <summary>FAILURE: the request failed; code/neo4j_code, message, and from 5.7 gql_status, description, diagnostic_record.</summary>
public sealed record FailureMessage(CypherMap Metadata) : BoltMessage
{
    public override byte Signature => MessageSignatures.Failure;

    public override string Name => "FAILURE";

    public override int FieldCount => 1;

    public override void WriteFields(PackStreamWriter writer, BoltValueFormat format) =>
        BoltValueWriter.WriteMap(writer, Metadata, format);

    public static FailureMessage Read(ref PackStreamReader reader, int fields, BoltValueFormat format)
    {
        MessageFields.Expect("FAILURE", fields, 1);
        return new FailureMessage(MessageFields.ReadMap(ref reader, format, "FAILURE Metadata"));
    }
}
