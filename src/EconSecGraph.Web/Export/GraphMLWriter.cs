using System.Text;
using System.Xml;

namespace EconSecGraph.Web.Export;

/// <summary>
/// GraphML (graphml.graphdrawing.org) as Gephi and yEd read it: a <c>label</c> attribute for captions,
/// <c>labels</c>/<c>type</c> for the graph's labels and relationship types, one typed key per property.
/// </summary>
public static class GraphMLWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    public static void Write(ExportGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodeColumns = PropertyColumns.Of(
            graph.Nodes.Select(n => n.Properties),
            new HashSet<string>(StringComparer.Ordinal) { "label", "labels" }
        );
        var edgeColumns = PropertyColumns.Of(
            graph.Edges.Select(e => e.Properties),
            new HashSet<string>(StringComparer.Ordinal) { "label", "type" }
        );
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            CheckCharacters = false,
        };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Ns);
        Key(xml, "n_label", "node", "label", "string");
        Key(xml, "n_labels", "node", "labels", "string");
        foreach (var (key, type) in nodeColumns.Columns)
        {
            Key(xml, "n_" + key, "node", key, GraphMLType(type));
        }
        Key(xml, "e_label", "edge", "label", "string");
        Key(xml, "e_type", "edge", "type", "string");
        foreach (var (key, type) in edgeColumns.Columns)
        {
            Key(xml, "e_" + key, "edge", key, GraphMLType(type));
        }
        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("id", "EconSecGraph");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", Clean(node.Key));
            Data(xml, "n_label", node.Caption);
            Data(xml, "n_labels", ":" + string.Join(":", node.Labels));
            foreach (var (key, _) in nodeColumns.Columns)
            {
                if (node.Properties.TryGetValue(key, out var value) && !value.IsNull)
                {
                    Data(xml, "n_" + key, PropertyColumns.Text(value));
                }
            }
            xml.WriteEndElement();
        }
        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("id", Clean(edge.Key));
            xml.WriteAttributeString("source", Clean(edge.Source));
            xml.WriteAttributeString("target", Clean(edge.Target));
            Data(xml, "e_label", edge.Type);
            Data(xml, "e_type", edge.Type);
            foreach (var (key, _) in edgeColumns.Columns)
            {
                if (edge.Properties.TryGetValue(key, out var value) && !value.IsNull)
                {
                    Data(xml, "e_" + key, PropertyColumns.Text(value));
                }
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Key(XmlWriter xml, string id, string domain, string name, string type)
    {
        xml.WriteStartElement("key", Ns);
        xml.WriteAttributeString("id", Clean(id));
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", Clean(name));
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Ns);
        xml.WriteAttributeString("key", Clean(key));
        xml.WriteString(Clean(value));
        xml.WriteEndElement();
    }

    private static string GraphMLType(ColumnType type) =>
        type switch
        {
            ColumnType.Long => "long",
            ColumnType.Double => "double",
            ColumnType.Boolean => "boolean",
            _ => "string",
        };

    /// <summary>XML 1.0 cannot carry most control characters; they are dropped rather than failing the export.</summary>
    private static string Clean(string text)
    {
        foreach (var c in text)
        {
            if (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
            {
                return new string([.. text.Where(ch => XmlConvert.IsXmlChar(ch) || char.IsSurrogate(ch))]);
            }
        }
        return text;
    }
}
