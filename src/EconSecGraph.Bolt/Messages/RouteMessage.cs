using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Messages;

/// <summary>ROUTE (4.4+ form): routing context, bookmarks, extra {db, imp_user}.</summary>
public sealed record RouteMessage(CypherMap Routing, IReadOnlyList<string> Bookmarks, CypherMap Extra) : BoltMessage
{
    public override byte Signature => MessageSignatures.Route;

    public override string Name => "ROUTE";

    public override int FieldCount => 3;

    public override void WriteFields(PackStreamWriter writer, BoltValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        BoltValueWriter.WriteMap(writer, Routing, format);
        writer.WriteListHeader(Bookmarks.Count);
        foreach (var bookmark in Bookmarks)
        {
            writer.WriteString(bookmark);
        }
        BoltValueWriter.WriteMap(writer, Extra, format);
    }

    public static RouteMessage Read(ref PackStreamReader reader, int fields, BoltValueFormat format)
    {
        MessageFields.Expect("ROUTE", fields, 3);
        var routing = MessageFields.ReadMap(ref reader, format, "ROUTE routing");
        if (reader.PeekType() != PackStreamType.List)
        {
            throw new BoltProtocolException($"ROUTE's bookmarks must be a list, not a {reader.PeekType()}.");
        }
        var bookmarks = BoltValueReader.ReadStringList(ref reader, "ROUTE bookmarks");
        CypherMap extra;
        switch (reader.PeekType())
        {
            case PackStreamType.Null: // 4.3 form: a null database name
                reader.ReadNull();
                extra = CypherMap.Empty;
                break;
            case PackStreamType.String: // 4.3 form: a database name
                extra = MessageFields.Map(("db", reader.ReadString()));
                break;
            default:
                extra = MessageFields.ReadMap(ref reader, format, "ROUTE extra");
                break;
        }
        return new RouteMessage(routing, bookmarks, extra);
    }
}
