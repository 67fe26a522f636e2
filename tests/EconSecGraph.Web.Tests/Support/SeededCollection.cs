namespace EconSecGraph.Web.Tests.Support;

[CollectionDefinition(Name)]
public sealed class SeededCollection : ICollectionFixture<SeededAppFixture>
{
    public const string Name = "seeded app";
}
