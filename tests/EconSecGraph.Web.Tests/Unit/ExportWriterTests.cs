using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Export;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Tests.Unit;

public class ExportWriterTests
{
    private static ExportGraph Sample()
    {
        var graph = new ExportGraph();
        graph.Nodes.Add(
            new ExportNode(
                "org-atla",
                "防衛装備庁",
                ["Entity", "Organization"],
                new Dictionary<string, CypherValue>(StringComparer.Ordinal)
                {
                    ["id"] = "org-atla",
                    ["name"] = "防衛装備庁",
                    ["aliases"] = new CypherList([(CypherValue)"ATLA", "装備庁"]),
                    ["value"] = 1L,
                    ["note"] = "=cmd|' /C calc'!A0",
                }
            )
        );
        graph.Nodes.Add(
            new ExportNode(
                "fund-x",
                "基金, \"x\"",
                ["Entity", "Fund"],
                new Dictionary<string, CypherValue>(StringComparer.Ordinal)
                {
                    ["id"] = "fund-x",
                    ["value"] = 2.5,
                    ["date"] = new CypherDate(18000),
                    ["ctrl"] = "a\u0001b",
                }
            )
        );
        graph.Edges.Add(
            new ExportEdge(
                "org-atla|FUNDS|fund-x",
                "org-atla",
                "fund-x",
                "FUNDS",
                new Dictionary<string, CypherValue>(StringComparer.Ordinal)
                {
                    ["sources"] = new CypherList([(CypherValue)"art-1"]),
                }
            )
        );
        return graph;
    }

    [Fact]
    public void GraphML_IsValidXmlWithTypedKeysGephiReads()
    {
        using var stream = new MemoryStream();
        GraphMLWriter.Write(Sample(), stream);
        var doc = XDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var keys = doc.Descendants(ns + "key").ToList();
        // value is an integer on one node and a float on the other: one column of type double.
        Assert.Equal(
            "double",
            keys.Single(k => (string?)k.Attribute("attr.name") == "value" && (string?)k.Attribute("for") == "node")
                .Attribute("attr.type")
                ?.Value
        );
        Assert.Contains(keys, k => (string?)k.Attribute("attr.name") == "label");
        Assert.Equal(2, doc.Descendants(ns + "node").Count());
        var edge = doc.Descendants(ns + "edge").Single();
        Assert.Equal("org-atla", edge.Attribute("source")?.Value);
        Assert.Contains(edge.Elements(ns + "data"), d => d.Value == "FUNDS");
        // control characters XML cannot carry are dropped, not fatal
        Assert.Contains(doc.Descendants(ns + "data"), d => d.Value == "ab");
    }

    [Fact]
    public void Cyjs_HasCytoscapeDesktopShape()
    {
        using var stream = new MemoryStream();
        CyjsWriter.Write(Sample(), stream);
        var json = JObject.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var nodes = (JArray)json["elements"]!["nodes"]!;
        Assert.Equal("org-atla", (string?)nodes[0]["data"]!["id"]);
        Assert.Equal("防衛装備庁", (string?)nodes[0]["data"]!["name"]);
        Assert.Equal(JTokenType.Float, nodes[0]["data"]!["value"]!.Type);
        Assert.Equal("FUNDS", (string?)json["elements"]!["edges"]![0]!["data"]!["interaction"]);
        Assert.Equal("org-atla", (string?)nodes[0]["data"]!["p_id"]);
    }

    [Fact]
    public void Csv_ZipHasGephiColumnsAndDefusesFormulas()
    {
        using var stream = new MemoryStream();
        CsvWriter.Write(Sample(), stream);
        stream.Position = 0;
        using var zip = new ZipArchive(stream);
        var nodes = Read(zip, "nodes.csv");
        var edges = Read(zip, "edges.csv");
        Assert.StartsWith("\uFEFFId,Label,labels", nodes, StringComparison.Ordinal);
        Assert.Contains("\"基金, \"\"x\"\"\"", nodes, StringComparison.Ordinal);
        Assert.Contains("'=cmd", nodes, StringComparison.Ordinal);
        Assert.StartsWith("\uFEFFSource,Target,Type,Id,Label", edges, StringComparison.Ordinal);
        Assert.Contains("org-atla,fund-x,Directed", edges, StringComparison.Ordinal);
    }

    [Fact]
    public void Cypher_ScriptMergesOnIdAndWritesTemporalsAsFunctions()
    {
        using var stream = new MemoryStream();
        CypherScriptWriter.Write(Sample(), stream);
        var script = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("MERGE (n:Entity {id: 'org-atla'}) SET n:`Organization`", script, StringComparison.Ordinal);
        Assert.Contains("date('2019-04-14')", script, StringComparison.Ordinal);
        Assert.Contains("value: 2.5", script, StringComparison.Ordinal);
        Assert.Contains("MERGE (a)-[r:`FUNDS`]->(b) SET r += {sources: ['art-1']}", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1e20, "1E20")]
    [InlineData(3.0, "3.0")]
    [InlineData(-0.5, "-0.5")]
    public void Literal_FloatReadsBackAsAFloat(double value, string expected) =>
        Assert.Equal(expected, CypherScriptWriter.Literal(value));

    /// <summary>The entry as text, with the byte-order mark kept visible as U+FEFF.</summary>
    private static string Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new UTF8Encoding(false).GetString(buffer.ToArray());
    }
}
