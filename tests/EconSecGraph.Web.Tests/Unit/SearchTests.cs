using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Queries;
using EconSecGraph.Web.Tests.Support;

namespace EconSecGraph.Web.Tests.Unit;

public class SearchTests
{
    [Theory]
    [InlineData("ＡＴＬＡ", "ATLA")]
    [InlineData("  防衛　装備庁 ", "防衛 装備庁")]
    [InlineData("ｹｲｻﾞｲ", "ケイザイ")]
    [InlineData("", "")]
    public void Normalize_AppliesNfkcAndCollapsesSpace(string input, string expected) =>
        Assert.Equal(expected, SearchText.Normalize(input));

    [Fact]
    public void LuceneQuery_EscapesOperatorsAndAddsPrefixForLatinWords()
    {
        Assert.Equal(@"atla atla*", SearchText.LuceneQuery("atla"));
        Assert.Equal(@"防衛装備庁", SearchText.LuceneQuery("防衛装備庁"));
        Assert.Equal(@"a\:b \(x\)", SearchText.LuceneQuery("a:b (x)"));
        Assert.Equal("and and*", SearchText.LuceneQuery("AND"));
    }

    private static readonly CypherNode s_atla = G.Node(
        "org-atla",
        "Organization",
        ("name", "防衛装備庁"),
        ("nameEn", "Acquisition, Technology & Logistics Agency"),
        ("aliases", G.List("ATLA"))
    );

    private static readonly CypherNode s_article = G.Node(
        "art-1",
        "Article",
        ("name", "防衛装備庁が研究助成を拡充"),
        ("nameEn", "ATLA expands research grants")
    );

    private static readonly CypherNode s_mod = G.Node(
        "org-mod",
        "Organization",
        ("name", "防衛省"),
        ("nameEn", "Ministry of Defense"),
        ("aliases", G.List("MOD"))
    );

    [Fact]
    public void Rank_ExactNameBeatsContainingHeadline()
    {
        var hits = SearchRanker.Rank("防衛装備庁", [(s_article, 3.0), (s_atla, 1.0)], 10);
        Assert.Equal(["org-atla", "art-1"], hits.Select(h => h.Key));
        Assert.Equal("name", hits[0].MatchedField);
    }

    [Fact]
    public void Rank_AliasMatchesCaseAndWidthInsensitively()
    {
        var hits = SearchRanker.Rank(
            SearchText.Normalize("ａｔｌａ"),
            [(s_article, 0.0), (s_atla, 0.0), (s_mod, 0.0)],
            10
        );
        Assert.Equal("org-atla", hits[0].Key);
        Assert.Equal("alias", hits[0].MatchedField);
        Assert.Equal("ATLA", hits[0].MatchedText);
        Assert.DoesNotContain(hits, h => h.Key == "org-mod");
    }

    [Fact]
    public void Rank_PartialWordMatchesAtWordStart()
    {
        var hits = SearchRanker.Rank("defen", [(s_mod, 0.0)], 10);
        Assert.Single(hits);
        Assert.Equal("nameEn", hits[0].MatchedField);
    }

    [Fact]
    public void Rank_FullTextOnlyCandidateIsKeptBelowTextMatches()
    {
        var hits = SearchRanker.Rank("装備 研究", [(s_mod, 2.0), (s_article, 0.0)], 10);
        Assert.Equal(["art-1", "org-mod"], hits.Select(h => h.Key));
        Assert.Equal("text", hits[1].MatchedField);
    }

    [Fact]
    public void Rank_SameNodeTwice_IsListedOnce()
    {
        var hits = SearchRanker.Rank("防衛省", [(s_mod, 1.0), (s_mod, 0.0)], 10);
        Assert.Single(hits);
    }
}
