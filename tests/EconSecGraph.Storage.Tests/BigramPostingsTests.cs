using EconSecGraph.Storage.Indexing;

namespace EconSecGraph.Storage.Tests;

public sealed class BigramPostingsTests
{
    // kanji, Latin, both halves of a surrogate pair, and the string type mark itself as text
    private static readonly char[] Alphabet = ['戦', '略', 'a', 'b', '\uD83D', '\uDE00', IndexKey.String];

    [Fact]
    public void CountsAndEntries_OfEveryBigram_AreTheKeysThatHaveIt()
    {
        var random = new Random(17);
        for (var round = 0; round < 30; round++)
        {
            var run = RandomRun(random, random.Next(0, 400), Alphabet.Length);
            var postings = BigramPostings.Build(run);
            Assert.NotNull(postings);
            foreach (var first in Alphabet)
            {
                foreach (var second in Alphabet)
                {
                    var bigram = new string([first, second]);
                    var expected = Enumerable
                        .Range(0, run.Count)
                        .Where(e => TextOf(run, e)?.Contains(bigram, StringComparison.Ordinal) == true)
                        .ToList();
                    Assert.Equal(expected, postings.Entries(first, second));
                    Assert.Equal(expected.Count, postings.Count(first, second));
                }
            }
            // a character that no key has, and the number mark that only non-string keys start with
            Assert.Equal(0, postings.Count('z', 'a'));
            Assert.Empty(postings.Entries(IndexKey.Number, 'a'));
        }
    }

    [Fact]
    public void CountAndEntriesContaining_EqualTheKeysThatContain_OrDeclineForCommonBigrams()
    {
        var random = new Random(23);
        var checkedLonger = 0;
        var declined = 0;
        for (var round = 0; round < 60; round++)
        {
            // from two letters (every bigram common) to all
            var letters = random.Next(2, Alphabet.Length + 1);
            var run = RandomRun(random, random.Next(1, 600), letters);
            var postings = BigramPostings.Build(run)!;
            for (var probe = 0; probe < 40; probe++)
            {
                var substring = new string([
                    .. Enumerable.Range(0, random.Next(2, 6)).Select(_ => Alphabet[random.Next(letters)]),
                ]);
                var expectedEntries = Enumerable
                    .Range(0, run.Count)
                    .Where(e => TextOf(run, e)?.Contains(substring, StringComparison.Ordinal) == true)
                    .ToList();
                var expected = expectedEntries.Count;
                var counted = postings.CountContaining(run, substring);
                var entries = postings.EntriesContaining(run, substring);
                // the rows come from the postings exactly when the count does, in the scan's order
                Assert.Equal(counted is null, entries is null);
                if (entries is not null)
                {
                    Assert.Equal(expectedEntries, entries);
                }
                if (counted is null)
                {
                    // only when some key in four has even the substring's rarest bigram
                    Assert.True(substring.Length > 2);
                    var rarest = Enumerable
                        .Range(1, substring.Length - 1)
                        .Min(i => postings.Count(substring[i - 1], substring[i]));
                    Assert.True(
                        rarest > run.Count / 4,
                        $"declined '{substring}' with a bigram in {rarest} of {run.Count} keys"
                    );
                    declined++;
                    continue;
                }
                Assert.Equal(expected, counted);
                if (substring.Length > 2 && expected > 0)
                {
                    checkedLonger++;
                }
            }
        }
        Assert.True(checkedLonger > 50, $"only {checkedLonger} longer substrings with hits were counted from postings");
        Assert.True(declined > 0, "no substring was common enough to be declined");
    }

    [Fact]
    public void Postings_KeepEntriesFarApart()
    {
        // gaps of one to three bytes: a bigram at entries 0, 1, 130, 20,000 and the last
        var keys = Enumerable.Range(0, 40_000).Select(i => (Key: IndexKey.String + $"k{i:D6}", Id: (long)i)).ToList();
        int[] far = [0, 1, 130, 20_000, 39_999];
        foreach (var e in far)
        {
            keys[e] = (IndexKey.String + $"k{e:D6}戦略", e);
        }
        var run = SortedRun.FromSorted(keys);
        var postings = BigramPostings.Build(run)!;
        Assert.Equal(far, postings.Entries('戦', '略'));
        Assert.Equal(far.Length, postings.CountContaining(run, "戦略"));
        Assert.Equal(3, postings.CountContaining(run, "0戦略")); // k000000, k000130 and k020000
        Assert.Equal(far, postings.EntriesContaining(run, "戦略")!);
        Assert.Equal([0, 130, 20_000], postings.EntriesContaining(run, "0戦略")!);
        Assert.Empty(postings.EntriesContaining(run, "略戦")!); // a bigram no key has
        Assert.Null(postings.EntriesContaining(run, "k")); // one character: scan
        Assert.Equal(40_000, postings.Count('k', '0'));
    }

    [Fact]
    public void BuiltBigrams_AreNoneUntilTheBackgroundBuildEnds_ThenThePostingsOfTheRun()
    {
        var random = new Random(31);
        var run = RandomRun(random, 5_000, Alphabet.Length);
        Assert.Null(run.BuiltBigrams()); // the first call starts the build and does not wait for it
        var clock = System.Diagnostics.Stopwatch.StartNew();
        BigramPostings? built;
        while ((built = run.BuiltBigrams()) is null)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the background build never ended");
            Thread.Sleep(5);
        }
        Assert.Same(built, run.Bigrams());
        var expected = Enumerable
            .Range(0, run.Count)
            .Count(e => TextOf(run, e)?.Contains("戦略", StringComparison.Ordinal) == true);
        Assert.Equal(expected, built.Count('戦', '略'));
    }

    [Fact]
    public void Suit_TakesNameLengthKeys_NotLongTexts()
    {
        static SortedRun Of(int length) =>
            SortedRun.Build([
                .. Enumerable.Range(0, 100).Select(i => (IndexKey.String + new string('a', length), (long)i)),
            ]);
        Assert.True(BigramPostings.Suit(Of(20)));
        Assert.True(BigramPostings.Suit(Of(63))); // with its type mark, 64 characters a key
        Assert.False(BigramPostings.Suit(Of(64)));
        Assert.False(BigramPostings.Suit(Of(500)));
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(127u)]
    [InlineData(128u)]
    [InlineData((1u << 14) - 1)]
    [InlineData(1u << 14)]
    [InlineData((1u << 21) + 5)]
    [InlineData((1u << 28) + 1)]
    [InlineData(int.MaxValue)]
    [InlineData(uint.MaxValue)]
    public void Gaps_RoundTrip(uint gap)
    {
        var data = new byte[12];
        var end = BigramPostings.WriteVar(data, 1, gap);
        var at = 1;
        Assert.Equal(gap, BigramPostings.ReadVar(data, ref at));
        Assert.Equal(end, at);
    }

    [Fact]
    public void Table_GivesDenseIds_ThroughGrowth()
    {
        var random = new Random(3);
        var table = new BigramTable();
        var model = new Dictionary<uint, int>();
        for (var i = 0; i < 50_000; i++)
        {
            var code = (uint)random.Next(0, 200_000) * 7919u;
            var id = table.GetOrAdd(code);
            if (!model.TryGetValue(code, out var known))
            {
                known = model.Count;
                model[code] = known;
            }
            Assert.Equal(known, id);
        }
        Assert.Equal(model.Count, table.Count);
        foreach (var (code, id) in model)
        {
            Assert.Equal(id, table.Find(code));
        }
        Assert.Equal(-1, table.Find(1)); // 1 is no multiple of 7919
    }

    // keys of a random run: string keys of 0–8 characters from the first letters of the alphabet, and some keys of another type (not indexed)
    private static SortedRun RandomRun(Random random, int count, int letters)
    {
        var entries = new List<(string Key, long Id)>();
        for (var i = 0; i < count; i++)
        {
            var text = new string([
                .. Enumerable.Range(0, random.Next(0, 9)).Select(_ => Alphabet[random.Next(letters)]),
            ]);
            var mark = random.Next(6) == 0 ? IndexKey.Number : IndexKey.String;
            entries.Add((mark + text, i));
        }
        return SortedRun.Build(entries);
    }

    private static string? TextOf(SortedRun run, int entry)
    {
        var key = run.Key(entry);
        return key.Length > 0 && key[0] == IndexKey.String ? key[1..].ToString() : null;
    }
}
