using System.Globalization;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Hydration;

/// <summary>
/// Relationship 0x52: id, startNodeId, endNodeId, type, properties, then (Bolt 5) element_id,
/// start_node_element_id, end_node_element_id.
/// </summary>
public static class RelationshipStructure
{
    public const byte Tag = StructureTags.Relationship;

    public static CypherRelationship Read(ref PackStreamReader reader, int fields, BoltValueFormat format, int depth)
    {
        ArgumentNullException.ThrowIfNull(format);
        BoltValueReader.ExpectFields("Relationship", fields, format.ElementIds ? 8 : 5);
        var id = reader.ReadInteger();
        var start = reader.ReadInteger();
        var end = reader.ReadInteger();
        var type = reader.ReadString();
        var properties = BoltValueReader.ReadMap(ref reader, format, depth + 1);
        string elementId,
            startElementId,
            endElementId;
        if (format.ElementIds)
        {
            elementId = reader.ReadString();
            startElementId = reader.ReadString();
            endElementId = reader.ReadString();
        }
        else
        {
            elementId = id.ToString(CultureInfo.InvariantCulture);
            startElementId = start.ToString(CultureInfo.InvariantCulture);
            endElementId = end.ToString(CultureInfo.InvariantCulture);
        }
        return new CypherRelationship(id, elementId, start, startElementId, end, endElementId, type, properties);
    }

    public static void Write(PackStreamWriter writer, CypherRelationship relationship, BoltValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(format);
        writer.WriteStructureHeader(Tag, format.ElementIds ? 8 : 5);
        writer.WriteInteger(relationship.Id);
        writer.WriteInteger(relationship.StartNodeId);
        writer.WriteInteger(relationship.EndNodeId);
        writer.WriteString(relationship.Type);
        BoltValueWriter.WriteMap(writer, relationship.Properties, format);
        if (format.ElementIds)
        {
            writer.WriteString(relationship.ElementId);
            writer.WriteString(relationship.StartNodeElementId);
            writer.WriteString(relationship.EndNodeElementId);
        }
    }
}
