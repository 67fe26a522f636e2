using EconSecGraph.Cypher.Tests.TckRunner;

namespace EconSecGraph.Cypher.Tests;

/// <summary>The openCypher TCK, one test per scenario (outlines expanded), on a fresh in-memory database each.</summary>
public sealed class TckTests
{
    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var id in TckCatalog.Scenarios.Keys)
        {
            data.Add(id);
        }
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Scenarios))]
    public async Task Tck(string scenario)
    {
        var reason = TckCatalog.SkipReason(scenario);
        Skip.If(reason is not null, reason);
        var failure = await TckExecutor.RunAsync(TckCatalog.Scenarios[scenario]);
        Assert.True(failure is null, failure + "\n\n" + TckExecutor.Describe(TckCatalog.Scenarios[scenario]));
    }
}
