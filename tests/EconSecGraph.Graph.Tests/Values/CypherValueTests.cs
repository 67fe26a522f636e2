using EconSecGraph.Graph.Values;

namespace EconSecGraph.Graph.Tests.Values;

public class CypherValueTests
{
    [Fact]
    public void From_ConvertsNestedClrValues()
    {
        var value = CypherValue.From(
            new Dictionary<string, object?> { ["a"] = new object?[] { 1, "x", null, 2.5, true } }
        );

        var map = Assert.IsType<CypherMap>(value);
        var list = Assert.IsType<CypherList>(map["a"]);
        Assert.Equal(CypherInteger.Of(1), list[0]);
        Assert.Equal(new CypherString("x"), list[1]);
        Assert.Same(CypherNull.Instance, list[2]);
        Assert.Equal(new CypherFloat(2.5), list[3]);
        Assert.Same(CypherBoolean.True, list[4]);
    }

    [Fact]
    public void Equals_IntegerAndFloatAreDifferentValues() =>
        Assert.NotEqual<CypherValue>(CypherInteger.Of(1), new CypherFloat(1.0));

    [Fact]
    public void ToString_RendersListsAndMapsAsCypherLiterals()
    {
        var value = CypherValue.From(
            new Dictionary<string, object?> { ["name"] = "O'Neil", ["odd key"] = new[] { 1L, 2L } }
        );

        Assert.Equal("{name: 'O\\'Neil', `odd key`: [1, 2]}", value.ToString());
    }

    [Fact]
    public void Path_RejectsRelationshipThatDoesNotConnectItsNodes()
    {
        var a = new CypherNode(1, "n1", [], CypherMap.Empty);
        var b = new CypherNode(2, "n2", [], CypherMap.Empty);
        var r = new CypherRelationship(7, "r7", 1, "n1", 3, "n3", "KNOWS", CypherMap.Empty);

        Assert.Throws<ArgumentException>(() => new CypherPath([a, b], [r]));
    }

    [Fact]
    public void Path_ToStringShowsDirectionOfEachStep()
    {
        var a = new CypherNode(1, "n1", ["A"], CypherMap.Empty);
        var b = new CypherNode(2, "n2", ["B"], CypherMap.Empty);
        var r = new CypherRelationship(7, "r7", 2, "n2", 1, "n1", "T", CypherMap.Empty);

        Assert.Equal("<(:A)<-[:T]-(:B)>", new CypherPath([a, b], [r]).ToString());
    }
}
