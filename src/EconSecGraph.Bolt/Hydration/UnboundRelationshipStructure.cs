using System.Globalization;
using EconSecGraph.Bolt.PackStream;

namespace EconSecGraph.Bolt.Hydration;

/// <summary>UnboundRelationship 0x72: id, type, properties, element_id (the last from Bolt 5).</summary>
public static class UnboundRelationshipStructure
{
    public const byte Tag = StructureTags.UnboundRelationship;

    public static UnboundRelationship Read(ref PackStreamReader reader, BoltValueFormat format, int depth)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (reader.PeekType() != PackStreamType.Structure)
        {
            throw new HydrationException(
                $"A Path's relationships must be UnboundRelationship structures, not {reader.PeekType()}."
            );
        }
        var fields = reader.ReadStructureHeader(out var tag);
        if (tag != Tag)
        {
            throw new HydrationException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"A Path's relationships must be UnboundRelationship (0x72) structures, not 0x{tag:X2}."
                )
            );
        }
        BoltValueReader.ExpectFields("UnboundRelationship", fields, format.ElementIds ? 4 : 3);
        var id = reader.ReadInteger();
        var type = reader.ReadString();
        var properties = BoltValueReader.ReadMap(ref reader, format, depth + 1);
        var elementId = format.ElementIds ? reader.ReadString() : id.ToString(CultureInfo.InvariantCulture);
        return new UnboundRelationship(id, elementId, type, properties);
    }

    public static void Write(PackStreamWriter writer, UnboundRelationship relationship, BoltValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(format);
        writer.WriteStructureHeader(Tag, format.ElementIds ? 4 : 3);
        writer.WriteInteger(relationship.Id);
        writer.WriteString(relationship.Type);
        BoltValueWriter.WriteMap(writer, relationship.Properties, format);
        if (format.ElementIds)
        {
            writer.WriteString(relationship.ElementId);
        }
    }
}
