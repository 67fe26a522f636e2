using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Hydration;

/// <summary>Date 0x44: days since 1970-01-01.</summary>
public static class DateStructure
{
    public const byte Tag = StructureTags.Date;

    public static CypherDate Read(ref PackStreamReader reader, int fields)
    {
        BoltValueReader.ExpectFields("Date", fields, 1);
        return new CypherDate(reader.ReadInteger());
    }

    public static void Write(PackStreamWriter writer, CypherDate date)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(date);
        writer.WriteStructureHeader(Tag, 1);
        writer.WriteInteger(date.EpochDay);
    }
}
