using EconSecGraph.Bolt.Client;
using EconSecGraph.Bolt.Tests.Support;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Bolt.Tests.Client;

public class ClientTlsTests
{
    [Theory]
    [InlineData("bolt+ssc")]
    [InlineData("neo4j+ssc")]
    public async Task SelfSigned_AcceptedBySscSchemes(string scheme)
    {
        await using var server = new TlsBoltServer(new ScriptedGraphDatabase());
        await using var db = new Neo4jGraphDatabase(new Neo4jOptions { Uri = $"{scheme}://localhost:{server.Port}" });
        var (records, _) = await db.QueryAsync(new Query("RETURN 1 AS n"));
        Assert.Single(records);
    }

    [Fact]
    public async Task SelfSigned_RefusedBySystemTrust_WithAClearMessage()
    {
        await using var server = new TlsBoltServer(new ScriptedGraphDatabase());
        await using var db = new Neo4jGraphDatabase(new Neo4jOptions { Uri = $"bolt+s://localhost:{server.Port}" });
        var error = await Assert.ThrowsAsync<CypherException>(() => db.VerifyConnectivityAsync());
        Assert.True(error.Code == Neo4jStatusCodes.Forbidden, error.ToString());
        Assert.False(error.IsTransient);
        Assert.Contains("bolt+ssc", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomRoots_TrustTheGivenCertificate()
    {
        await using var server = new TlsBoltServer(new ScriptedGraphDatabase());
        await using var db = new Neo4jGraphDatabase(
            new Neo4jOptions
            {
                Uri = $"bolt+s://localhost:{server.Port}",
                TrustStrategy = TrustStrategy.CustomCertificates,
                TrustedCertificatesPath = server.CertificatePemPath,
            }
        );
        var info = await db.VerifyConnectivityAsync();
        Assert.Equal("5.8", info.ProtocolVersion);
    }

    [Fact]
    public void Uri_SchemesAndErrors()
    {
        var uri = Neo4jUri.Parse("neo4j+s://db.example.com?region=eu");
        Assert.True(uri.Routing);
        Assert.True(uri.Encrypted);
        Assert.False(uri.TrustAll);
        Assert.Equal(7687, uri.Port);
        Assert.Equal("eu", uri.RoutingContext["region"]);
        Assert.Equal("db.example.com:7687", uri.RoutingContext["address"]);
        Assert.False(Neo4jUri.Parse("bolt://h:1").Routing);
        Assert.Contains(
            "Unsupported scheme 'http'",
            Assert.Throws<InvalidOperationException>(() => Neo4jUri.Parse("http://h")).Message,
            StringComparison.Ordinal
        );
        Assert.Throws<InvalidOperationException>(() => Neo4jUri.Parse("bolt://h?x=1"));
        Assert.Equal(new ServerAddress("::1", 7687), ServerAddress.Parse("[::1]:7687"));
        Assert.Equal("[::1]:7687", new ServerAddress("::1", 7687).ToString());
    }
}
