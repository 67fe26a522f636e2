using EconSecGraph.Graph.Values;
using EconSecGraph.Seed.Loading;
using EconSecGraph.Seed.Model;
using EconSecGraph.Seed.Validation;

namespace EconSecGraph.Seed.Tests.Loading;

public class SeedRowsTests
{
    private static readonly Lazy<SeedGraph> s_graph = new(() =>
        SeedValidator.Validate(SeedPaths.Repository()).GetValidGraph()
    );

    private static CypherMap Props(string id) =>
        (CypherMap)SeedRows.NodeRow(s_graph.Value.FindNode(id) ?? throw new ArgumentException(id, nameof(id)))["props"];

    [Theory]
    [InlineData("art-yomiuri-20210427-research-funding-transparency", "2021-04-27", "2021-04-27")]
    [InlineData("ev-period-1-public-awareness", "2020-05-01", "2021-04-30")]
    [InlineData("ev-2021-g7-summit", "2021-06-11", "2021-06-13")]
    [InlineData("ev-2022-ordinary-diet-session", "2022-01-01", "2022-01-31")]
    [InlineData("msr-2021-04-27-revise-guideline", "2021-01-01", "2021-12-31")]
    [InlineData("fund-econsec", "2021-04-01", "2022-03-31")]
    public void NodeRow_DateRange_IsComputedFromDatePrecisionOrFiscalYear(string id, string from, string to)
    {
        var props = Props(id);

        Assert.Equal(from, Assert.IsType<CypherDate>(props["dateFrom"]).ToString());
        Assert.Equal(to, Assert.IsType<CypherDate>(props["dateTo"]).ToString());
    }

    [Theory]
    [InlineData("art-nikkei-20220615-china-research-battle", true)]
    [InlineData("art-yomiuri-20210427-econsec-institute", true)]
    [InlineData("art-asahi-20210827-kprog-budget-request", false)]
    [InlineData("art-jiji-20220114-econsec-bill-pillars", null)]
    public void NodeRow_Paywalled_FollowsAccess(string id, bool? paywalled)
    {
        var props = Props(id);

        if (paywalled is { } expected)
        {
            Assert.Equal(CypherBoolean.Of(expected), props["paywalled"]);
        }
        else
        {
            Assert.False(props.ContainsKey("paywalled"));
        }
    }

    [Fact]
    public void Rows_Hash_IsStableAndDistinct()
    {
        var first = s_graph
            .Value.Nodes.Select(n => ((CypherMap)SeedRows.NodeRow(n)["props"])["seedHash"].ToString())
            .ToList();
        var again = s_graph
            .Value.Nodes.Select(n => ((CypherMap)SeedRows.NodeRow(n)["props"])["seedHash"].ToString())
            .ToList();

        Assert.Equal(first, again);
        Assert.Equal(first.Count, first.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void RelationshipRow_CarriesIdEndsAndSources()
    {
        var rel = s_graph.Value.Relationships.First(r => r.Type == "MEMBER_OF" && r.From == "org-nss");

        var row = SeedRows.RelationshipRow(rel);
        var props = (CypherMap)row["props"];

        Assert.Equal("org-nss|MEMBER_OF|org-critical-tech-council", row["id"].ToString());
        Assert.Equal(row["id"], props["id"]);
        Assert.Equal("org-nss", row["from"].ToString());
        Assert.Contains(new CypherString("art-yomiuri-20220113-econsec-fund-council"), (CypherList)props["sources"]);
    }
}
