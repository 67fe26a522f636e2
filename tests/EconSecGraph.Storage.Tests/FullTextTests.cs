using EconSecGraph.Graph.Errors;
using EconSecGraph.Storage.FullText;
using static EconSecGraph.Storage.Tests.TestGraph;

namespace EconSecGraph.Storage.Tests;

public class FullTextTests
{
    private static GraphStore Store(string analyzer, out Dictionary<string, long> ids, params string[] names)
    {
        var store = GraphStore.CreateInMemory();
        using (var tx = store.BeginWrite())
        {
            tx.CreateFullTextIndex(
                "names",
                EntityType.Node,
                ["Organization", "Program"],
                ["name", "summary"],
                analyzer
            );
            tx.Commit();
        }
        ids = [];
        using (var tx = store.BeginWrite())
        {
            foreach (var n in names)
            {
                ids[n] = Node(tx, "Organization", ("name", n));
            }
            tx.Commit();
        }
        return store;
    }

    private static List<long> Query(GraphView view, string q, FullTextQueryOptions? options = null) =>
        [.. view.QueryFullText("names", q, options).Select(h => h.EntityId)];

    [Fact]
    public void Cjk_FindsJapanesePartialWords_BestMatchFirst()
    {
        using var store = Store("cjk", out var ids, "国家安全保障局", "経済安全保障推進法", "安全運転", "日本銀行");
        var s = store.Snapshot();
        var hits = s.QueryFullText("names", "安全保障");
        Assert.Equal(ids["国家安全保障局"], hits[0].EntityId);
        Assert.Contains(ids["経済安全保障推進法"], hits.Take(2).Select(h => h.EntityId));
        Assert.DoesNotContain(ids["日本銀行"], hits.Select(h => h.EntityId));
        Assert.True(hits[0].Score >= hits[^1].Score);
        Assert.All(hits, h => Assert.True(h.Score > 0));
        // a phrase requires the whole word in sequence
        Assert.Equal([ids["国家安全保障局"], ids["経済安全保障推進法"]], Query(s, "\"安全保障\"").Order());
        Assert.Equal([ids["国家安全保障局"]], Query(s, "\"国家安全\""));
    }

    [Fact]
    public void Cjk_FoldsWidthAndCase()
    {
        using var store = Store("cjk", out var ids, "ＮＳＳ（国家安全保障局）", "nsc", "ｶﾀｶﾅ組織");
        var s = store.Snapshot();
        Assert.Equal([ids["ＮＳＳ（国家安全保障局）"]], Query(s, "NSS"));
        Assert.Equal([ids["ＮＳＳ（国家安全保障局）"]], Query(s, "nss"));
        Assert.Equal([ids["nsc"]], Query(s, "ＮＳＣ"));
        Assert.Equal([ids["ｶﾀｶﾅ組織"]], Query(s, "カタカナ"));
        Assert.Equal(
            ["nss", "国家", "家安", "安全", "全保", "保障", "障局"],
            Analyzers.Analyze("cjk", "ＮＳＳ（国家安全保障局）")
        );
    }

    [Fact]
    public void Cjk_TextWithALoneSurrogate_IsIndexedAndFound_NotAFailedWrite()
    {
        // a value cut in the middle of a surrogate pair (bad data from a feed) must not fail the write
        using var store = Store("cjk", out var ids, "経済安全保障\uD83D", "ＮＳＳ\uDC00報告", "安全");
        var s = store.Snapshot();
        Assert.Equal([ids["経済安全保障\uD83D"]], Query(s, "保障"));
        Assert.Equal([ids["ＮＳＳ\uDC00報告"]], Query(s, "nss"));
        Assert.Equal([ids["ＮＳＳ\uDC00報告"]], Query(s, "ＮＳＳ\uDC00報告"));
        Assert.Equal(3, Query(s, "安全 OR nss").Count);
    }

    [Fact]
    public void English_Words_BooleanOperators_Wildcards_Fuzzy()
    {
        using var store = Store(
            "standard-no-stop-words",
            out var ids,
            "Economic Security Promotion Act",
            "National Security Secretariat",
            "Bank of Japan",
            "Security Council of Japan"
        );
        var s = store.Snapshot();
        Assert.Equal(3, Query(s, "security").Count);
        Assert.Equal(3, Query(s, "SECURITY").Count);
        Assert.Equal([ids["Security Council of Japan"]], Query(s, "security AND japan"));
        Assert.Equal([ids["Security Council of Japan"]], Query(s, "+security +japan"));
        Assert.Equal(
            [ids["Economic Security Promotion Act"], ids["National Security Secretariat"]],
            Query(s, "security -japan").Order()
        );
        Assert.Equal(
            [ids["Economic Security Promotion Act"], ids["National Security Secretariat"]],
            Query(s, "security NOT japan").Order()
        );
        Assert.Equal(
            new[] { ids["Bank of Japan"], ids["National Security Secretariat"] }.Order(),
            Query(s, "national OR bank").Order()
        );
        Assert.Equal([ids["Economic Security Promotion Act"]], Query(s, "(economic OR bank) AND security"));
        Assert.Equal([ids["National Security Secretariat"]], Query(s, "secr*"));
        Assert.Equal([ids["National Security Secretariat"]], Query(s, "secretariet~"));
        Assert.Equal([ids["Bank of Japan"]], Query(s, "name:bank"));
        Assert.Empty(Query(s, "summary:bank"));
        Assert.Equal([ids["Bank of Japan"]], Query(s, "\"bank of japan\""));
        Assert.Empty(Query(s, "\"japan of bank\""));
        Assert.Equal(2, Query(s, "security", new FullTextQueryOptions { Limit = 2 }).Count);
        Assert.Single(Query(s, "security", new FullTextQueryOptions { Skip = 2 }));
    }

    [Fact]
    public void Scores_PreferShorterFieldsAndRarerTerms()
    {
        using var store = Store(
            "standard",
            out var ids,
            "security",
            "security policy of the economic security office",
            "policy"
        );
        var hits = store.Snapshot().QueryFullText("names", "security");
        Assert.Equal(ids["security"], hits[0].EntityId);
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Theory]
    [InlineData("security AND")]
    [InlineData("(security")]
    [InlineData("\"security")]
    [InlineData("name:")]
    [InlineData("security)")]
    [InlineData("*urity")]
    [InlineData("[a TO b]")]
    public void MalformedQuery_GivesClearError(string query)
    {
        using var store = Store("standard", out _, "security");
        var e = Assert.ThrowsAny<CypherException>(() => store.Snapshot().QueryFullText("names", query));
        Assert.Equal(Neo4jStatusCodes.ProcedureCallFailed, e.Code);
        Assert.Contains("Cannot parse", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownIndexAndAnalyzer_AreErrors()
    {
        using var store = Store("standard", out _, "security");
        var e = Assert.ThrowsAny<CypherException>(() => store.Snapshot().QueryFullText("nope", "x"));
        Assert.Equal(Neo4jStatusCodes.IndexNotFound, e.Code);
        using var tx = store.BeginWrite();
        var bad = Assert.ThrowsAny<CypherException>(() =>
            tx.CreateFullTextIndex("x", EntityType.Node, ["A"], ["p"], analyzer: "klingon")
        );
        Assert.Contains("not a supported full-text analyzer", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_SharesTermStrings_AndKeepsPositionsAndLengths()
    {
        using var store = Store("standard", out var ids, "alpha beta", "delta beta", "gamma beta beta");
        var index = store.Snapshot().S.Schema.FullText.Single();
        Assert.True(index.Docs.TryGetValue(ids["alpha beta"], out var first));
        Assert.True(index.Docs.TryGetValue(ids["delta beta"], out var second));
        // one string instance per term, not one per document
        Assert.Same(first.Terms.Single(t => t == "beta"), second.Terms.Single(t => t == "beta"));
        Assert.True(index.Postings.TryGetValue("beta", out var beta));
        // one posting per document in id order, repeated terms keep every position in order
        Assert.Equal([ids["alpha beta"], ids["delta beta"], ids["gamma beta beta"]], beta.Docs.ToArray());
        Assert.Equal([1], beta.PositionsOf(0).ToArray());
        Assert.Equal([1, 2], beta.PositionsOf(2).ToArray());
        Assert.Equal([2, 2, 3], beta.Lengths.ToArray());
        Assert.Equal(2, first.FieldLengths[0]);
        Assert.Equal(0, first.FieldLengths[1]);
        // the found documents are unchanged by the sharing
        Assert.Equal(3, Query(store.Snapshot(), "beta").Count);
    }

    [Fact]
    public void Index_FollowsUpdates_AndTransactionSeesItsOwnChanges()
    {
        using var store = Store("cjk", out var ids, "経済安全保障", "防衛装備庁");
        using (var tx = store.BeginWrite())
        {
            var name = tx.GetPropertyKeyId("name");
            tx.SetNodeProperty(ids["防衛装備庁"], name, "防衛装備移転");
            var added = Node(tx, "Program", ("summary", "半導体の経済安全保障"));
            Node(tx, "Unindexed", ("name", "経済安全保障"));
            Assert.Equal(2, tx.QueryFullText("names", "経済安全").Count);
            Assert.Single(store.Snapshot().QueryFullText("names", "経済安全"));
            Assert.Contains(added, Query(tx, "summary:半導体"));
            Assert.Single(tx.QueryFullText("names", "防衛装備移転"));
            tx.Commit();
        }
        var s = store.Snapshot();
        Assert.Equal(2, s.QueryFullText("names", "経済安全").Count);
        Assert.Empty(s.QueryFullText("names", "\"装備庁\""));
        using (var tx = store.BeginWrite())
        {
            tx.RemoveLabel(ids["経済安全保障"], tx.GetLabelId("Organization"));
            tx.Commit();
        }
        Assert.Single(store.Snapshot().QueryFullText("names", "経済安全"));
    }

    [Fact]
    public void Analyzers_AreListedAndBehaveLikeLucene()
    {
        Assert.Equal(
            ["standard-no-stop-words", "standard", "cjk", "english", "simple", "whitespace", "keyword"],
            Analyzers.All.Select(a => a.Name)
        );
        Assert.Contains("the", Analyzers.All.Single(a => a.Name == "standard").StopWords);
        Assert.Equal(
            ["the", "quick", "fox's", "u.s.a", "3.14"],
            Analyzers.Analyze("standard-no-stop-words", "The quick fox's U.S.A 3.14!")
        );
        Assert.Equal(["quick", "fox's"], Analyzers.Analyze("standard", "The quick fox's"));
        Assert.Equal(["run", "fox", "connect"], Analyzers.Analyze("english", "running foxes' connected"));
        Assert.Equal(["abc", "def"], Analyzers.Analyze("simple", "abc123def"));
        Assert.Equal(["Hello,", "World"], Analyzers.Analyze("whitespace", "Hello, World"));
        Assert.Equal(["Hello, World"], Analyzers.Analyze("keyword", "Hello, World"));
        Assert.Equal(
            ["国", "家", "安", "全", "カタカナ", "ひ", "ら"],
            Analyzers.Analyze("standard", "国家安全カタカナひら")
        );
    }

    [Fact]
    public void RelationshipIndex_AndListProperties_AreSearchable()
    {
        using var store = GraphStore.CreateInMemory();
        using (var tx = store.BeginWrite())
        {
            tx.CreateFullTextIndex("rels", EntityType.Relationship, ["FUNDS"], ["note"], "cjk");
            tx.CreateFullTextIndex("tags", EntityType.Node, ["Org"], ["aliases"], "standard");
            tx.Commit();
        }
        long r;
        long n;
        using (var tx = store.BeginWrite())
        {
            n = Node(
                tx,
                "Org",
                (
                    "aliases",
                    new Graph.Values.CypherList([
                        new Graph.Values.CypherString("Cabinet Office"),
                        new Graph.Values.CypherString("CAO"),
                    ])
                )
            );
            r = Rel(tx, n, "FUNDS", n, ("note", "経済安全保障重要技術育成プログラム"));
            Rel(tx, n, "OTHER", n, ("note", "経済安全保障"));
            tx.Commit();
        }
        var s = store.Snapshot();
        Assert.Equal([r], s.QueryFullText("rels", "重要技術").Select(h => h.EntityId));
        Assert.Equal([n], s.QueryFullText("tags", "cao").Select(h => h.EntityId));
        Assert.Equal([n], s.QueryFullText("tags", "\"cabinet office\"").Select(h => h.EntityId));
    }
}
