using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Hydration;

/// <summary>Point2D 0x58: srid, x, y.</summary>
public static class Point2DStructure
{
    public const byte Tag = StructureTags.Point2D;

    public static CypherPoint Read(ref PackStreamReader reader, int fields)
    {
        BoltValueReader.ExpectFields("Point2D", fields, 3);
        var srid = BoltValueReader.ToInt32(reader.ReadInteger(), "Point SRID");
        return new CypherPoint(srid, reader.ReadFloat(), reader.ReadFloat());
    }

    public static void Write(PackStreamWriter writer, CypherPoint point)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(point);
        writer.WriteStructureHeader(Tag, 3);
        writer.WriteInteger(point.Srid);
        writer.WriteFloat(point.X);
        writer.WriteFloat(point.Y);
    }
}
