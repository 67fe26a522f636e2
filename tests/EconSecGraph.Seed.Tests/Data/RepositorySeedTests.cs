using EconSecGraph.Seed.Validation;

namespace EconSecGraph.Seed.Tests.Data;

public class RepositorySeedTests
{
    [Fact]
    public void RepositorySeed_Validates_WithoutProblems()
    {
        var result = SeedValidator.Validate(SeedPaths.Repository());

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
    }

    [Fact]
    public void RepositorySeed_ReadsEveryEntry()
    {
        var graph = SeedValidator.Validate(SeedPaths.Repository()).GetValidGraph();

        Assert.Equal(143, graph.Nodes.Count);
        Assert.Equal(411, graph.Relationships.Count);
    }
}
