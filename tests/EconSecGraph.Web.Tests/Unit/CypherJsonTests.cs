using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Elements;
using EconSecGraph.Web.Json;
using EconSecGraph.Web.Tests.Support;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Tests.Unit;

public class CypherJsonTests
{
    [Fact]
    public void ToJson_TemporalsAreIsoStringsAndSpecialFloatsAreText()
    {
        Assert.Equal("2021-06-09", (string?)CypherJson.ToJson(CypherDate.Of(2021, 6, 9)));
        Assert.Equal(JTokenType.String, CypherJson.ToJson(double.NaN).Type);
        Assert.Equal(42, (long)CypherJson.ToJson(42L));
    }

    [Fact]
    public void ToJson_PathKeepsNodesAndRelationshipsInOrder()
    {
        var a = G.Node("a", "Organization");
        var b = G.Node("b", "Organization");
        var path = new CypherPath([a, b], [G.Rel(a, "PART_OF", b)]);
        var json = (JObject)CypherJson.ToJson(path);
        Assert.Equal(2, json["nodes"]!.Count());
        Assert.Equal("PART_OF", (string?)json["relationships"]![0]!["type"]);
    }

    [Fact]
    public void Accumulator_CollectsNodesOnceAndReportsMissingEndpoints()
    {
        var a = G.Node("a", "Organization", ("name", "A"));
        var b = G.Node("b", "Organization", ("name", "B"));
        var rel = G.Rel(a, "FUNDS", b);
        var graph = new GraphAccumulator();
        graph.Add(new CypherList([a, a, rel]));
        Assert.Equal([b.ElementId], graph.MissingEndpoints());
        graph.Add(b);
        var elements = graph.ToElements();
        Assert.Equal(3, elements.Count);
        var edge = elements.Single(e => e.Group == "edges");
        Assert.Equal("a", (string?)edge.Data["source"]);
        Assert.Equal("b", (string?)edge.Data["target"]);
        Assert.Equal("A", (string?)elements.First(e => e.Group == "nodes").Data["label"]);
    }
}
