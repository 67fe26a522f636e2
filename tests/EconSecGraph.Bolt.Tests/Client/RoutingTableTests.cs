using EconSecGraph.Bolt.Client;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Tests.Client;

public class RoutingTableTests
{
    private static RoutingTable Parse(long ttl, params (string Role, string[] Addresses)[] servers)
    {
        var list = CypherList.Wrap([
            .. servers.Select(s =>
                (CypherValue)
                    new CypherMap(
                        new Dictionary<string, CypherValue>
                        {
                            ["role"] = s.Role,
                            ["addresses"] = CypherList.Wrap([.. s.Addresses.Select(a => (CypherValue)a)]),
                        }
                    )
            ),
        ]);
        var rt = new CypherMap(
            new Dictionary<string, CypherValue>
            {
                ["ttl"] = ttl,
                ["db"] = "neo4j",
                ["servers"] = list,
            }
        );
        return RoutingTable.Parse(rt, null);
    }

    [Fact]
    public void Select_RoundRobinsByRole()
    {
        var table = Parse(300, ("ROUTE", ["r:7687"]), ("READ", ["a:1", "b:2"]), ("WRITE", ["w:3"]));
        Assert.Equal("neo4j", table.Database);
        Assert.Equal(new ServerAddress("a", 1), table.Select(AccessMode.Read));
        Assert.Equal(new ServerAddress("b", 2), table.Select(AccessMode.Read));
        Assert.Equal(new ServerAddress("w", 3), table.Select(AccessMode.Write));
        Assert.False(table.IsStaleFor(AccessMode.Write));
    }

    [Fact]
    public void LeaderChange_ForgetsTheWriter_TableBecomesStaleForWrites()
    {
        var table = Parse(300, ("ROUTE", ["r:7687"]), ("READ", ["a:1"]), ("WRITE", ["w:3"]));
        table.ForgetWriter(new ServerAddress("w", 3));
        Assert.True(table.IsStaleFor(AccessMode.Write));
        Assert.False(table.IsStaleFor(AccessMode.Read));
        Assert.Null(table.Select(AccessMode.Write));
    }

    [Fact]
    public void Expiry_ZeroTtlIsStale() =>
        Assert.True(Parse(0, ("ROUTE", ["r:7687"]), ("READ", ["a:1"]), ("WRITE", ["w:3"])).IsStaleFor(AccessMode.Read));

    [Fact]
    public void UnreachableServer_IsForgottenInEveryRole()
    {
        var table = Parse(300, ("ROUTE", ["a:1"]), ("READ", ["a:1"]), ("WRITE", ["a:1"]));
        table.Forget(new ServerAddress("a", 1));
        Assert.True(table.IsStaleFor(AccessMode.Read));
        Assert.Empty(table.Routers);
    }
}
