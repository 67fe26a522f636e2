using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Hydration;

/// <summary>Point3D 0x59: srid, x, y, z.</summary>
public static class Point3DStructure
{
    public const byte Tag = StructureTags.Point3D;

    public static CypherPoint Read(ref PackStreamReader reader, int fields)
    {
        BoltValueReader.ExpectFields("Point3D", fields, 4);
        var srid = BoltValueReader.ToInt32(reader.ReadInteger(), "Point SRID");
        return new CypherPoint(srid, reader.ReadFloat(), reader.ReadFloat(), reader.ReadFloat());
    }

    public static void Write(PackStreamWriter writer, CypherPoint point)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(point);
        writer.WriteStructureHeader(Tag, 4);
        writer.WriteInteger(point.Srid);
        writer.WriteFloat(point.X);
        writer.WriteFloat(point.Y);
        writer.WriteFloat(point.Z ?? 0);
    }
}
