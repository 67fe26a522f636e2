using EconSecGraph.Bolt.Framing;
using EconSecGraph.Bolt.Messages;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Tests.Messages;

public class ErrorMappingTests
{
    [Fact]
    public void ToFailure_Before57_UsesCodeAndMessage()
    {
        var failure = ErrorMapping.ToFailure(new CypherSyntaxException("bad"), BoltVersion.V5_6);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", ((CypherString)failure.Metadata["code"]).Value);
        Assert.Equal("bad", ((CypherString)failure.Metadata["message"]).Value);
        Assert.False(failure.Metadata.ContainsKey("neo4j_code"));
    }

    [Fact]
    public void ToFailure_57Plus_UsesGqlFields()
    {
        var error = new CypherSyntaxException("Invalid input 'FAIL'", new SourcePosition(0, 1, 1));
        var metadata = ErrorMapping.ToFailure(error, BoltVersion.V5_8).Metadata;
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", ((CypherString)metadata["neo4j_code"]).Value);
        Assert.Equal("42001", ((CypherString)metadata["gql_status"]).Value);
        Assert.StartsWith(
            "error: syntax error or access rule violation. ",
            ((CypherString)metadata["description"]).Value,
            StringComparison.Ordinal
        );
        var diagnostic = (CypherMap)metadata["diagnostic_record"];
        Assert.Equal("CLIENT_ERROR", ((CypherString)diagnostic["_classification"]).Value);
        Assert.Equal(1L, ((CypherInteger)((CypherMap)diagnostic["_position"])["column"]).Value);
        Assert.False(metadata.ContainsKey("code"));
    }

    [Fact]
    public void FromFailure_RoundTripsCodeTypeAndPosition()
    {
        var error = new CypherSyntaxException("Invalid input 'FAIL'", new SourcePosition(3, 1, 4));
        foreach (var version in new[] { BoltVersion.V4_4, BoltVersion.V5_8 })
        {
            var back = ErrorMapping.FromFailure(ErrorMapping.ToFailure(error, version).Metadata);
            Assert.IsType<CypherSyntaxException>(back);
            Assert.Equal(error.Code, back.Code);
            Assert.Equal(error.Message, back.Message);
            if (version.HasGqlErrors)
            {
                Assert.Equal(error.Position, back.Position);
            }
        }
    }

    [Fact]
    public void FromFailure_PositionFromNeo4jMessageText()
    {
        var metadata = new CypherMap(
            new Dictionary<string, CypherValue>
            {
                ["code"] = "Neo.ClientError.Statement.SyntaxError",
                ["message"] = "Invalid input 'X': expected 'RETURN' (line 2, column 5 (offset: 12))",
            }
        );
        Assert.Equal(new SourcePosition(12, 2, 5), ErrorMapping.FromFailure(metadata).Position);
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", true)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", false)]
    public void FromFailure_KeepsTheServerCode_SoRetriesWork(string code, bool transient)
    {
        var error = ErrorMapping.FromFailure(
            new CypherMap(new Dictionary<string, CypherValue> { ["neo4j_code"] = code, ["message"] = "m" })
        );
        Assert.Equal(code, error.Code);
        Assert.Equal(transient, error.IsTransient);
    }

    [Fact]
    public void FromFailure_MapsToTheSpecificExceptionTypes()
    {
        CypherException From(string code, string message = "m") =>
            ErrorMapping.FromFailure(
                new CypherMap(new Dictionary<string, CypherValue> { ["code"] = code, ["message"] = message })
            );
        Assert.IsType<CypherSemanticException>(From(Neo4jStatusCodes.SemanticError));
        Assert.IsType<CypherTypeException>(From(Neo4jStatusCodes.TypeError));
        Assert.IsType<CypherArgumentException>(From(Neo4jStatusCodes.ArgumentError));
        Assert.IsType<EntityNotFoundException>(From(Neo4jStatusCodes.EntityNotFound));
        Assert.IsType<AccessModeException>(From(Neo4jStatusCodes.AccessMode));
        Assert.IsType<ConstraintViolationException>(From(Neo4jStatusCodes.ConstraintValidationFailed));
        var missing = Assert.IsType<ParameterMissingException>(
            From(Neo4jStatusCodes.ParameterMissing, "Expected parameter(s): limit")
        );
        Assert.Equal("limit", missing.ParameterName);
        Assert.Equal(typeof(CypherException), From("Neo.ClientError.Something.New").GetType());
    }
}
