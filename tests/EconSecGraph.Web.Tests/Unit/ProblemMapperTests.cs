using EconSecGraph.Graph.Errors;
using EconSecGraph.Web.Errors;

namespace EconSecGraph.Web.Tests.Unit;

public class ProblemMapperTests
{
    [Fact]
    public void SyntaxError_Is400WithCodeLineColumnOffset()
    {
        var problem = ProblemMapper.FromException(
            new CypherSyntaxException("Invalid input 'RETRUN'", new SourcePosition(12, 2, 3), "InvalidSyntax")
        );
        Assert.Equal(400, problem.Status);
        var json = problem.ToJson();
        Assert.Equal(Neo4jStatusCodes.SyntaxError, (string?)json["code"]);
        Assert.Equal(2, (int?)json["line"]);
        Assert.Equal(3, (int?)json["column"]);
        Assert.Equal(12, (int?)json["offset"]);
        Assert.Equal("Invalid input 'RETRUN'", (string?)json["detail"]);
        Assert.Equal("InvalidSyntax", (string?)json["errorDetail"]);
    }

    [Fact]
    public void WriteInReadOnlyMode_Is403()
    {
        var problem = ProblemMapper.FromException(
            new CypherException(Neo4jStatusCodes.AccessMode, "Writing in read access mode not allowed.")
        );
        Assert.Equal(403, problem.Status);
    }

    [Fact]
    public void Timeout_Is504AndUnavailable_Is503()
    {
        Assert.Equal(
            504,
            ProblemMapper.FromException(new CypherException(Neo4jStatusCodes.TransactionTimedOut, "timed out")).Status
        );
        Assert.Equal(504, ProblemMapper.FromException(new QueryTimeoutException("too long")).Status);
        Assert.Equal(
            503,
            ProblemMapper.FromException(new CypherException(Neo4jStatusCodes.ServiceUnavailable, "down")).Status
        );
        Assert.Equal(503, ProblemMapper.FromException(new IOException("connection reset")).Status);
    }

    [Fact]
    public void UnexpectedException_Is500WithoutInternals()
    {
        var problem = ProblemMapper.FromException(new InvalidOperationException("secret internal state"));
        Assert.Equal(500, problem.Status);
        Assert.DoesNotContain("secret", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void BadParameter_Is400NamingIt()
    {
        var problem = ProblemMapper.FromException(
            new ApiArgumentException("limit", "'limit' must be between 1 and 100.")
        );
        Assert.Equal(400, problem.Status);
        Assert.NotNull(problem.ToJson()["errors"]?["limit"]);
    }
}
