using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Syntax.Tests;

public class DepthGuardTests
{
    private static Exception? RunOnSmallStack(Action action) => RunWithStack(action, 256 * 1024);

    private static Exception? RunWithStack(Action action, int stackSize)
    {
        Exception? caught = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    action();
                }
                catch (Exception e)
                {
                    caught = e;
                }
            },
            stackSize
        );
        thread.Start();
        thread.Join();
        return caught;
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("-(", ")")]
    [InlineData("NOT (", ")")]
    [InlineData("[x IN ", "]")]
    [InlineData("size(", ")")]
    public void AbsurdNesting_OnSmallStack_IsSyntaxError(string open, string close)
    {
        var text =
            "RETURN "
            + string.Concat(Enumerable.Repeat(open, 10_000))
            + "1"
            + string.Concat(Enumerable.Repeat(close, 10_000));
        var e = RunOnSmallStack(() => CypherParser.Parse(text));
        var syntax = Assert.IsType<CypherSyntaxException>(e);
        Assert.Contains("nested too deeply", syntax.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LongOperatorChain_IsSyntaxError_NotADeepTree()
    {
        var text = "RETURN 1" + string.Concat(Enumerable.Repeat(" + 1", 50_000));
        var e = RunOnSmallStack(() => CypherParser.Parse(text));
        Assert.IsType<CypherSyntaxException>(e);
    }

    [Fact]
    public void ModerateNesting_Parses()
    {
        var text = "RETURN " + new string('(', 100) + "1" + new string(')', 100);
        Assert.Null(RunWithStack(() => CypherParser.Parse(text), 1024 * 1024));
    }
}
