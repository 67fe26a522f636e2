using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Errors;
using EconSecGraph.Web.Queries;

namespace EconSecGraph.Web.Tests.Unit;

public class NodeKeysTests
{
    private static CypherNode Node(string elementId, string? id, params string[] labels)
    {
        var props = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        if (id is not null)
        {
            props["id"] = id;
        }
        return new CypherNode(1, elementId, labels, props);
    }

    [Fact]
    public void Of_EntityWithId_UsesTheIdProperty() =>
        Assert.Equal("org-atla", NodeKeys.Of(Node("4:x:1", "org-atla", "Entity", "Organization")));

    [Fact]
    public void Of_NodeWithoutEntityLabel_FallsBackToElementId() =>
        Assert.Equal("eid:4:x:1", NodeKeys.Of(Node("4:x:1", "org-atla", "Organization")));

    [Fact]
    public void Of_RelationshipWithKey_AppendsTheKey()
    {
        var props = new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["key"] = "second" };
        var rel = new CypherRelationship(1, "5:x:1", 1, "4:x:1", 2, "4:x:2", "FUNDS", props);
        Assert.Equal("a|FUNDS|b|second", NodeKeys.Of(rel, "a", "b"));
    }

    [Fact]
    public void Of_RelationshipWithIdProperty_UsesIt()
    {
        var props = new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["id"] = "rel-1", ["key"] = "k" };
        var rel = new CypherRelationship(1, "5:x:1", 1, "4:x:1", 2, "4:x:2", "FUNDS", props);
        Assert.Equal("rel-1", NodeKeys.Of(rel, "a", "b"));
    }

    [Fact]
    public void Match_ElementKey_MatchesByElementId()
    {
        Assert.Equal("MATCH (n) WHERE elementId(n) = $key", NodeKeys.Match("eid:4:x:1", "n", "key"));
        Assert.Equal("4:x:1", NodeKeys.ParameterValue("eid:4:x:1"));
        Assert.Equal("MATCH (n:Entity {id: $key})", NodeKeys.Match("org-atla", "n", "key"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("eid:")]
    public void Validate_Unusable_ThrowsNamingTheParameter(string key)
    {
        var ex = Assert.Throws<ApiArgumentException>(() => NodeKeys.Validate(key, "from"));
        Assert.Equal("from", ex.Parameter);
    }
}
