using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Graph.Tests.Errors;

public class SourcePositionTests
{
    [Fact]
    public void At_ComputesOneBasedLineAndColumn()
    {
        var position = SourcePosition.At("MATCH (n)\nRETRUN n", 10);

        Assert.Equal(new SourcePosition(10, 2, 1), position);
        Assert.Equal("line 2, column 1 (offset: 10)", position.ToString());
    }

    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError", ErrorClassification.ClientError)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", ErrorClassification.TransientError)]
    [InlineData("Neo.DatabaseError.General.UnknownError", ErrorClassification.DatabaseError)]
    public void Classify_ReadsTheCode(string code, ErrorClassification expected) =>
        Assert.Equal(expected, Neo4jStatusCodes.Classify(code));
}
