using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Tests;

public sealed class PropertyMapTests
{
    /// <summary>A returned node's properties read as a dictionary: every key, in storage order, lookups and misses.</summary>
    [Fact]
    public async Task ReturnedNode_PropertiesBehaveLikeADictionary()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var (records, _) = await db.QueryAsync(
            new Query(
                "CREATE (n:Agency {name: '防衛装備庁', nameEn: 'ATLA', aliases: ['ATLA'], founded: 2015}) RETURN n"
            )
        );
        var properties = ((CypherNode)records[0]["n"]).Properties;

        Assert.Equal(4, properties.Count);
        Assert.Equal(["name", "nameEn", "aliases", "founded"], properties.Keys);
        Assert.Equal(properties.Keys, properties.Select(p => p.Key));
        Assert.Equal(properties.Values, properties.Select(p => p.Value));
        Assert.Equal("ATLA", properties["nameEn"].ToString());
        Assert.True(properties.TryGetValue("founded", out var founded));
        Assert.Equal(2015L, ((CypherInteger)founded).Value);
        Assert.False(properties.ContainsKey("Name"));
        Assert.False(properties.TryGetValue("missing", out _));
        var error = Assert.Throws<KeyNotFoundException>(() => properties["missing"]);
        Assert.Contains("'missing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NodeWithoutProperties_HasAnEmptyMap()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var (records, _) = await db.QueryAsync(new Query("CREATE (n:Empty) RETURN n"));

        var properties = ((CypherNode)records[0]["n"]).Properties;

        Assert.Empty(properties);
        Assert.False(properties.ContainsKey("name"));
    }
}
