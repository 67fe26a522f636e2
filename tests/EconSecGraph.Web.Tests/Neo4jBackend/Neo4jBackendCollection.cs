namespace EconSecGraph.Web.Tests.Neo4jBackend;

[CollectionDefinition(Name)]
public sealed class Neo4jBackendCollection : ICollectionFixture<Neo4jBackendFixture>
{
    public const string Name = "app on the Neo4j backend";
}
