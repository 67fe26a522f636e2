using System.Text;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.FullText;
using EconSecGraph.Storage.Schema;
using static EconSecGraph.Storage.Tests.TestGraph;

namespace EconSecGraph.Storage.Tests;

/// <summary>
/// The bulk full-text build (span tokenizer, terms interned from the analyser's buffer, records per
/// (document, field), buffers sized from estimates, shared term tables) against straightforward
/// references: the old rune-by-rune tokenizer, and postings computed term by term from the analyser.
/// </summary>
public class FullTextBulkBuildTests
{
    // letters, digits, joiners, CJK of every class, marks, fullwidth, surrogate pairs and lone surrogates
    private static readonly string[] s_pieces =
    [
        "a",
        "Z",
        "é",
        "e\u0301",
        "7",
        "42",
        " ",
        ".",
        ",",
        ":",
        "'",
        "_",
        ";",
        "-",
        "大",
        "学",
        "政策",
        "ひら",
        "か\u3099",
        "カタカナ",
        "ｶﾞ",
        "한국",
        "ＮＳＳ",
        "（",
        "①",
        "\U00020000",
        "\ud800",
        "\udc00",
        "Meridian",
        "ÀÉÎ",
        "ß",
        "İ",
        "\u3005",
        "ー",
        "\u0663",
    ];

    /// <summary>Random text; without <paramref name="loneSurrogates"/> only well-formed UTF-16 (NFKC, which the cjk analyzer applies, refuses lone surrogates).</summary>
    private static string RandomText(Random random, int pieces, bool loneSurrogates = true)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            var piece = s_pieces[random.Next(s_pieces.Length)];
            if (loneSurrogates || piece.Length != 1 || !char.IsSurrogate(piece[0]))
            {
                sb.Append(piece);
            }
        }
        return sb.ToString();
    }

    [Fact]
    public void StandardTokenizer_MatchesTheReference_OnRandomText()
    {
        var random = new Random(11);
        var tokens = new RawTokenList();
        var compared = 0;
        for (var i = 0; i < 5000; i++)
        {
            var text = RandomText(random, random.Next(0, 14));
            tokens.Clear();
            StandardTokenizer.Tokenize(text, tokens);
            Assert.Equal(ReferenceStandardTokenizer.Tokenize(text), tokens.ToArray());
            compared += tokens.Count;
        }
        // a long token is capped the same way
        var longText = new string('x', 300) + " " + new string('カ', 280);
        tokens.Clear();
        StandardTokenizer.Tokenize(longText, tokens);
        Assert.Equal(ReferenceStandardTokenizer.Tokenize(longText), tokens.ToArray());
        Assert.Equal(StandardTokenizer.MaxTokenLength, tokens[0].Length);
        Assert.True(compared > 10000);
    }

    [Theory]
    [InlineData("standard-no-stop-words")]
    [InlineData("standard")]
    [InlineData("cjk")]
    [InlineData("english")]
    [InlineData("simple")]
    [InlineData("whitespace")]
    [InlineData("keyword")]
    public void Analyzer_SpanPath_MatchesTheStringPath_OnRandomText(string name)
    {
        var analyzer = Analyzers.Get(name)!;
        var random = new Random(name.Length);
        for (var i = 0; i < 1500; i++)
        {
            var text = RandomText(random, random.Next(0, 12), loneSurrogates: name != "cjk");
            var plain = new List<Token>();
            var sink = new Sink();
            Assert.Equal(analyzer.Analyze(text, plain, 5), analyzer.Analyze(text.AsSpan(), sink, 5));
            Assert.Equal(plain, sink.Tokens);
        }
    }

    private sealed class Sink : ITermSink
    {
        public List<Token> Tokens { get; } = [];

        public void Add(ReadOnlySpan<char> term, int position) => Tokens.Add(new Token(new string(term), position));
    }

    /// <summary>One expected posting: document, field, field length, positions.</summary>
    private sealed record Expected(long Doc, int Field, int Length, List<int> Positions);

    private static (Dictionary<string, List<Expected>> Postings, Dictionary<long, int[]> Lengths) Reference(
        Analyzer analyzer,
        IReadOnlyList<(long Id, CypherValue?[] Values)> docs
    )
    {
        var postings = new Dictionary<string, List<Expected>>(StringComparer.Ordinal);
        var lengths = new Dictionary<long, int[]>();
        foreach (var (id, values) in docs)
        {
            for (var f = 0; f < values.Length; f++)
            {
                var tokens = new List<Token>();
                switch (values[f])
                {
                    case CypherString s:
                        analyzer.Analyze(s.Value, tokens);
                        break;
                    case CypherList list:
                        var position = 0;
                        foreach (var item in list)
                        {
                            if (item is CypherString si)
                            {
                                position = analyzer.Analyze(si.Value, tokens, position) + 100;
                            }
                        }
                        break;
                }
                if (tokens.Count == 0)
                {
                    continue;
                }
                if (!lengths.TryGetValue(id, out var l))
                {
                    lengths[id] = l = new int[values.Length];
                }
                l[f] = tokens.Count;
                foreach (var group in tokens.GroupBy(t => t.Term, StringComparer.Ordinal))
                {
                    if (!postings.TryGetValue(group.Key, out var list))
                    {
                        postings[group.Key] = list = [];
                    }
                    list.Add(new Expected(id, f, tokens.Count, [.. group.Select(t => t.Position)]));
                }
            }
        }
        return (postings, lengths);
    }

    private static void AssertMatches(
        FullTextIndex index,
        Dictionary<string, List<Expected>> postings,
        Dictionary<long, int[]> lengths
    )
    {
        Assert.Equal(postings.Count, index.Postings.Count);
        foreach (var (term, expected) in postings)
        {
            Assert.True(index.Postings.TryGetValue(term, out var list), term);
            Assert.Equal(expected.Count, list.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Doc, list.Docs[i]);
                Assert.Equal(expected[i].Field, list.Field(i));
                Assert.Equal(expected[i].Length, list.Lengths[i]);
                Assert.Equal(expected[i].Positions, list.PositionsOf(i).ToArray());
                Assert.Equal(expected[i].Positions.Count, list.Frequency(i));
            }
        }
        Assert.Equal(lengths.Count, index.Docs.Count);
        var docTerms = postings
            .SelectMany(kv => kv.Value.Select(e => (e.Doc, Term: kv.Key)))
            .Distinct()
            .ToLookup(x => x.Doc, x => x.Term);
        foreach (var (id, l) in lengths)
        {
            Assert.True(index.Docs.TryGetValue(id, out var info));
            Assert.Equal(l, info.FieldLengths);
            Assert.Equal(docTerms[id].Order(StringComparer.Ordinal), info.Terms.Order(StringComparer.Ordinal));
            // term strings are the index's own
            foreach (var t in info.Terms)
            {
                Assert.True(index.Postings.TryGetValue(t, out _));
            }
        }
        for (var f = 0; f < index.FieldLengthTotals.Length; f++)
        {
            Assert.Equal(lengths.Values.Sum(l => (long)l[f]), index.FieldLengthTotals[f]);
            Assert.Equal(lengths.Values.Count(l => l[f] > 0), index.FieldDocCounts[f]);
        }
    }

    [Theory]
    [InlineData("standard-no-stop-words", 1, 0)]
    [InlineData("standard-no-stop-words", 1, 20000)]
    [InlineData("standard-no-stop-words", 3, 5000)]
    [InlineData("cjk", 2, 20000)]
    [InlineData("english", 2, 0)]
    public void Builder_MatchesPostingsComputedTermByTerm(string analyzer, int fields, int expected)
    {
        // many documents, so the buffers grow past their first guess (and the one-character and
        // term-map estimates kick in when the expected count is large); the expected count is
        // deliberately wrong (0: unknown, or far more or fewer than added)
        var random = new Random(fields * 31 + expected);
        var docs = new List<(long, CypherValue?[])>();
        long id = 3;
        for (var i = 0; i < 12000; i++)
        {
            id += random.Next(1, 3);
            var values = new CypherValue?[fields];
            for (var f = 0; f < fields; f++)
            {
                values[f] = random.Next(10) switch
                {
                    0 => null,
                    1 => new CypherInteger(i),
                    2 => new CypherList([
                        new CypherString(RandomText(random, 3, false)),
                        new CypherInteger(1),
                        new CypherString(RandomText(random, 4, false)),
                    ]),
                    3 => new CypherString(""),
                    _ => new CypherString(
                        RandomText(random, random.Next(1, 12), false)
                            + " n"
                            + i.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    ),
                };
            }
            docs.Add((id, values));
        }
        var descriptor = Descriptor(analyzer, fields);
        var builder = new FullTextIndexBuilder(descriptor, expected);
        foreach (var (docId, values) in docs)
        {
            builder.Add(docId, values);
        }
        var index = builder.Build();
        var (postings, lengths) = Reference(Analyzers.Get(analyzer)!, docs);
        AssertMatches(index, postings, lengths);
        foreach (var list in index.Postings.Select(kv => kv.Value))
        {
            // an index of one property stores no field per posting
            Assert.Equal(fields > 1, list.HasFields);
        }
    }

    private static IndexDescriptor Descriptor(string analyzer, int fields)
    {
        using var store = GraphStore.CreateInMemory();
        using var tx = store.BeginWrite();
        return tx.CreateFullTextIndex(
            "t",
            EntityType.Node,
            ["A"],
            [
                .. Enumerable
                    .Range(0, fields)
                    .Select(f => "p" + f.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ],
            analyzer
        ).Descriptor!;
    }

    [Fact]
    public void Build_FromView_ReadsStringsListsAndLabelsOnce_AndFollowsUpdates()
    {
        using var store = GraphStore.CreateInMemory();
        var random = new Random(5);
        var docs = new List<(long, CypherValue?[])>();
        using (var tx = store.BeginWrite())
        {
            for (var i = 0; i < 3000; i++)
            {
                CypherValue name =
                    i % 7 == 0
                        ? new CypherList([
                            new CypherString("大学 x" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                            new CypherString(RandomText(random, 3, false)),
                        ])
                        : new CypherString(RandomText(random, 6, false));
                CypherValue? summary = i % 3 == 0 ? new CypherString(RandomText(random, 4, false)) : null;
                var labels =
                    i % 5 == 0 ? new[] { "A", "B" }
                    : i % 11 == 0 ? ["C"]
                    : ["B"];
                var props = new List<(string, CypherValue)> { ("name", name) };
                if (summary is not null)
                {
                    props.Add(("summary", summary));
                }
                var labelIds = labels.Select(tx.GetOrCreateLabelId).ToArray();
                var id = tx.CreateNode(labelIds, Props(tx, [.. props]));
                if (!labels.SequenceEqual(["C"]))
                {
                    docs.Add((id, [name, summary]));
                }
            }
            tx.Commit();
        }
        using (var tx = store.BeginWrite())
        {
            tx.CreateFullTextIndex("names", EntityType.Node, ["A", "B"], ["name", "summary"], "cjk");
            tx.Commit();
        }
        var index = store.Snapshot().S.Schema.FullText.Single();
        var (postings, lengths) = Reference(Analyzers.Get("cjk")!, docs);
        AssertMatches(index, postings, lengths);

        // an update removes a bulk-built document's terms (read from the shared term table)
        var first = docs[0].Item1;
        using (var tx = store.BeginWrite())
        {
            tx.DetachDeleteNode(first);
            tx.Commit();
        }
        var updated = store.Snapshot().S.Schema.FullText.Single();
        var (after, afterLengths) = Reference(Analyzers.Get("cjk")!, docs.Skip(1).ToList());
        AssertMatches(updated, after, afterLengths);
    }
}
