using System.Globalization;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.FullText;
using static EconSecGraph.Storage.Tests.TestGraph;

namespace EconSecGraph.Storage.Tests;

/// <summary>
/// The full-text engine's fast paths against plain references on real indexes: lazy top-k against a
/// full sort, the sorted term dictionary's prefix range against a scan of every term, the bulk build
/// against an index grown commit by commit, and BM25 scores against the formula.
/// </summary>
public class FullTextRankingTests
{
    private static readonly string[] s_words =
    [
        "harbor",
        "harvest",
        "hare",
        "falcon",
        "falconry",
        "atlas",
        "atlantic",
        "quantum",
        "policy",
        "pole",
    ];

    private static readonly string[] s_cjk = ["経済安全", "量子技術", "戦略物資", "半導体", "安全保障", "港湾"];

    private static readonly string[] s_queries =
    [
        "harbor",
        "harbor falcon",
        "falcon*",
        "har*",
        "\"経済安全\"",
        "経済安全",
        "安全 OR 量子",
        "+harbor -falcon",
        "+atlas +quantum policy",
        "harbar~1",
        "ha?e*",
        "name:harbor^2 summary:policy",
        "\"harbor falcon\"",
    ];

    /// <summary>A deterministic mix of Latin words, CJK words and unique numbers, like the benchmark's names.</summary>
    private static (string Name, string Summary) Doc(Random random, int i)
    {
        string Word() => random.Next(3) == 0 ? s_cjk[random.Next(s_cjk.Length)] : s_words[random.Next(s_words.Length)];
        var name =
            string.Join(' ', Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Word()))
            + " "
            + (i * 7).ToString(CultureInfo.InvariantCulture);
        var summary =
            random.Next(2) == 0 ? string.Join(' ', Enumerable.Range(0, random.Next(6)).Select(_ => Word())) : "";
        return (name, summary);
    }

    private static void CreateIndex(WriteTransaction tx) =>
        tx.CreateFullTextIndex("docs", EntityType.Node, ["Doc"], ["name", "summary"], "cjk");

    private static long AddDoc(WriteTransaction tx, (string Name, string Summary) d) =>
        d.Summary.Length == 0
            ? Node(tx, "Doc", ("name", d.Name))
            : Node(tx, "Doc", ("name", d.Name), ("summary", d.Summary));

    /// <summary>Index created after the data (bulk build) or before it (commit by commit), with edits and deletes.</summary>
    private static GraphStore Store(bool bulk, int count = 1500)
    {
        var store = GraphStore.CreateInMemory();
        var random = new Random(11);
        var ids = new List<long>();
        if (!bulk)
        {
            using var tx = store.BeginWrite();
            CreateIndex(tx);
            tx.Commit();
        }
        for (var batch = 0; batch < count; batch += 100)
        {
            using var tx = store.BeginWrite();
            for (var i = batch; i < Math.Min(count, batch + 100); i++)
            {
                ids.Add(AddDoc(tx, Doc(random, i)));
            }
            tx.Commit();
        }
        using (var tx = store.BeginWrite())
        {
            // renames (old terms out, new ones in) and deletions
            var key = tx.GetOrCreatePropertyKeyId("name");
            for (var i = 0; i < ids.Count; i += 17)
            {
                tx.SetNodeProperty(
                    ids[i],
                    key,
                    new CypherString("renamed harbor " + i.ToString(CultureInfo.InvariantCulture))
                );
            }
            for (var i = 5; i < ids.Count; i += 23)
            {
                tx.DeleteNode(ids[i]);
            }
            tx.Commit();
        }
        if (bulk)
        {
            using var tx = store.BeginWrite();
            CreateIndex(tx);
            tx.Commit();
        }
        return store;
    }

    [Fact]
    public void RankFullText_TopK_EqualsFullSortTruncated()
    {
        using var store = Store(bulk: true);
        var s = store.Snapshot();
        foreach (var q in s_queries)
        {
            var all = s.QueryFullText("docs", q);
            var sorted = all.OrderByDescending(h => h.Score).ThenBy(h => h.EntityId).ToList();
            Assert.Equal(sorted, all);
            Assert.Equal(all.Count, all.Select(h => h.EntityId).Distinct().Count());
            foreach (var k in new[] { 0, 1, 3, 25, 200 })
            {
                Assert.Equal(sorted.Take(k), s.RankFullText("docs", q).Take(k));
                Assert.Equal(
                    sorted.Skip(2).Take(k),
                    s.QueryFullText("docs", q, new FullTextQueryOptions { Skip = 2, Limit = k })
                );
            }
        }
        Assert.True(s.QueryFullText("docs", "harbor").Count > 200);
    }

    [Fact]
    public void BulkBuild_EqualsIndexGrownCommitByCommit()
    {
        using var bulk = Store(bulk: true);
        using var grown = Store(bulk: false);
        foreach (var q in s_queries)
        {
            Assert.Equal(grown.Snapshot().QueryFullText("docs", q), bulk.Snapshot().QueryFullText("docs", q));
            Assert.Equal(grown.Snapshot().CountFullText("docs", q), bulk.Snapshot().CountFullText("docs", q));
        }
    }

    [Fact]
    public void PrefixRangeScan_EqualsScanOfEveryTerm_AfterAddsAndRemovals()
    {
        using var store = Store(bulk: false);
        // enough new terms over several commits to fold the dictionary's added layer into its base
        var random = new Random(5);
        for (var c = 0; c < 3; c++)
        {
            using var tx = store.BeginWrite();
            for (var i = 0; i < 800; i++)
            {
                Node(
                    tx,
                    "Doc",
                    ("name", new CypherString("hark" + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture)))
                );
            }
            tx.Commit();
        }
        var s = store.Snapshot();
        var index = s.S.Schema.FullText.Single();
        foreach (var prefix in new[] { "har", "hark", "hark1", "f", "falcon", "pol", "zzz", "1", "経済" })
        {
            var expected = index
                .Postings.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))
                .SelectMany(kv => kv.Value.Docs.ToArray())
                .Distinct()
                .Order()
                .ToList();
            var hits = s.QueryFullText("docs", prefix + "*");
            Assert.Equal(expected, hits.Select(h => h.EntityId));
            Assert.All(hits, h => Assert.Equal(1.0, h.Score));
            Assert.Equal(
                index
                    .Postings.Keys.Where(t => t.StartsWith(prefix, StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal),
                index
                    .Terms.WithPrefix(prefix)
                    .Where(t => index.Postings.TryGetValue(t, out _))
                    .Order(StringComparer.Ordinal)
            );
        }
        Assert.NotEmpty(s.QueryFullText("docs", "hark*"));
    }

    [Fact]
    public void TermScore_IsBm25OfFieldLengths()
    {
        var store = GraphStore.CreateInMemory();
        long a,
            b;
        using (var tx = store.BeginWrite())
        {
            tx.CreateFullTextIndex("words", EntityType.Node, ["W"], ["text"], "standard-no-stop-words");
            tx.Commit();
        }
        using (var tx = store.BeginWrite())
        {
            a = Node(tx, "W", ("text", "alpha beta"));
            b = Node(tx, "W", ("text", "alpha alpha gamma delta"));
            Node(tx, "W", ("text", "gamma"));
            tx.Commit();
        }
        using (store)
        {
            var hits = store.Snapshot().QueryFullText("words", "alpha");
            // N = 3 documents, df = 2, average length 7 / 3
            var idf = Math.Log(1 + ((3 - 2 + 0.5) / (2 + 0.5)));
            static double Tf(double freq, int length) =>
                freq / (freq + (1.2 * (1 - 0.75 + (0.75 * length / (7.0 / 3)))));
            Assert.Equal([b, a], hits.Select(h => h.EntityId));
            Assert.Equal(idf * Tf(2, 4), hits[0].Score, 12);
            Assert.Equal(idf * Tf(1, 2), hits[1].Score, 12);
        }
    }
}
