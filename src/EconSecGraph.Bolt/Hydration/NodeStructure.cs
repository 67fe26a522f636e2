using System.Globalization;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Hydration;

/// <summary>Node 0x4E: id, labels, properties, element_id (the last from Bolt 5).</summary>
public static class NodeStructure
{
    public const byte Tag = StructureTags.Node;

    public static CypherNode Read(ref PackStreamReader reader, int fields, BoltValueFormat format, int depth)
    {
        ArgumentNullException.ThrowIfNull(format);
        BoltValueReader.ExpectFields("Node", fields, format.ElementIds ? 4 : 3);
        var id = reader.ReadInteger();
        var labels = BoltValueReader.ReadStringList(ref reader, "Node labels");
        var properties = BoltValueReader.ReadMap(ref reader, format, depth + 1);
        var elementId = format.ElementIds ? reader.ReadString() : id.ToString(CultureInfo.InvariantCulture);
        return new CypherNode(id, elementId, labels, properties);
    }

    public static void Write(PackStreamWriter writer, CypherNode node, BoltValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(format);
        writer.WriteStructureHeader(Tag, format.ElementIds ? 4 : 3);
        writer.WriteInteger(node.Id);
        var labels = node.Labels;
        writer.WriteListHeader(labels.Count);
        foreach (var label in labels)
        {
            writer.WriteString(label);
        }
        BoltValueWriter.WriteMap(writer, node.Properties, format);
        if (format.ElementIds)
        {
            writer.WriteString(node.ElementId);
        }
    }
}
