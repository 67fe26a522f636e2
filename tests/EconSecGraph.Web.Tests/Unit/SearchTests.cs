using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Apis;
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
    public void Fold_EqualsNfkcThenLowerCase_ForPlainAndCompatibilityText()
    {
        // plain characters (the fast path) mixed with ones NFKC or case folding change, and odd spacing
        const string pool = "aZ09 -.防衛装備庁けいざいケイザイーＡｚｹﾞ㍻ﬁ\u3000\tÉé\u30FF\u3099";
        var random = new Random(9);
        for (var i = 0; i < 5000; i++)
        {
            var text = new string([
                .. Enumerable.Range(0, random.Next(0, 12)).Select(_ => pool[random.Next(pool.Length)]),
            ]);
            Assert.Equal(SearchText.Normalize(text).ToLowerInvariant(), SearchText.Fold(text));
        }
        Assert.Equal("atla 防衛", SearchText.Fold("ATLA 防衛"));
        Assert.Equal("atla", SearchText.Fold("ＡＴＬＡ"));
    }

    [Fact]
    public void LuceneQuery_EscapesOperatorsAndAddsPrefixForLatinWords()
    {
        Assert.Equal(@"atla atla*", SearchText.LuceneQuery("atla"));
        Assert.Equal("\"防衛装備庁\"", SearchText.LuceneQuery("防衛装備庁"));
        Assert.Equal("省", SearchText.LuceneQuery("省"));
        Assert.Equal(@"a\:b \(x\)", SearchText.LuceneQuery("a:b (x)"));
        Assert.Equal("and and*", SearchText.LuceneQuery("AND"));
    }

    [Fact]
    public void LuceneQuery_WithoutPrefixes_KeepsWholeWordsOnly()
    {
        Assert.Equal("atla \"防衛\"", SearchText.LuceneQuery("atla 防衛", prefixes: false));
        Assert.True(SearchText.HasPrefixTerms("atla 防衛"));
        Assert.False(SearchText.HasPrefixTerms("防衛 x"));
    }

    [Theory]
    [InlineData("防衛装備庁", true)]
    [InlineData("防衛 装備", true)]
    [InlineData("省", false)] // one character: the index holds it only as a lone unigram
    [InlineData("ATLA", false)] // Latin: whole words and prefixes, not the middle of a word
    [InlineData("ATLA 防衛", false)]
    public void FullTextSeesEverySubstring_OnlyForCjkTermsOfTwoOrMoreCharacters(string query, bool expected) =>
        Assert.Equal(expected, SearchText.FullTextSeesEverySubstring(query));

    [Fact]
    public void NeedsScan_OnlyWhenTheScanCouldChangeThePage()
    {
        var strong = SearchRanker.Rank("defen", [(s_mod, 0.0)], 10); // a word-start match (55 - 1)
        Assert.True(SearchApi.NeedsScan("defen", fullTextUsed: true, strong, take: 10)); // room left on the page
        Assert.False(SearchApi.NeedsScan("defen", fullTextUsed: true, strong, take: 1)); // page full of better hits
        Assert.True(SearchApi.NeedsScan("defen", fullTextUsed: false, strong, take: 1)); // no index
        var weak = SearchRanker.Rank("fense", [(s_mod, 0.0)], 10); // inside a word: what the scan also finds
        Assert.True(SearchApi.NeedsScan("fense", fullTextUsed: true, weak, take: 1));
        Assert.False(SearchApi.NeedsScan("防衛", fullTextUsed: true, [], take: 10)); // the index sees every CJK substring
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
