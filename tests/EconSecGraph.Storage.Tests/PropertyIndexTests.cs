using EconSecGraph.Storage.Indexing;
using EconSecGraph.Storage.Schema;

namespace EconSecGraph.Storage.Tests;

/// <summary>The base + delta index against a plain sorted list under random commits.</summary>
public sealed class PropertyIndexTests
{
    private static readonly IndexDescriptor s_descriptor = new()
    {
        Id = 3,
        Name = "test",
        Type = IndexType.Range,
        EntityType = EntityType.Node,
        LabelsOrTypes = ["L"],
        LabelOrTypeIds = [0],
        Properties = ["p"],
        PropertyKeyIds = [0],
    };

    [Theory]
    [InlineData(1, 8)]
    [InlineData(2, 40)]
    [InlineData(3, 4096)]
    public void Apply_RandomCommits_MatchesASortedListModel(int seed, int minFold)
    {
        var random = new Random(seed);
        // entity -> key, one key per entity as in a real index
        var model = new Dictionary<long, string>();
        var initial = new List<(string Key, long Id)>();
        for (var id = 0L; id < 300; id++)
        {
            if (random.Next(2) == 0)
            {
                var key = RandomKey(random);
                model[id] = key;
                initial.Add((key, id));
            }
        }
        var index = new PropertyIndex(s_descriptor, SortedRun.Build(initial), unique: false);
        var versions = new List<(PropertyIndex Index, List<(string Key, long Id)> Expected)>();
        var folds = 0;
        for (var commit = 0; commit < 400; commit++)
        {
            var changes = new TxIndexChanges();
            var current = new Dictionary<long, string?>(); // this transaction's view of touched entities
            var edits = commit % 50 == 0 ? 200 : random.Next(0, 12);
            for (var e = 0; e < edits; e++)
            {
                var id = (long)random.Next(400);
                var key = current.TryGetValue(id, out var k) ? k : model.GetValueOrDefault(id);
                string? next = random.Next(4) switch
                {
                    0 => null, // remove the entry
                    1 => key, // remove and add back the same entry
                    _ => RandomKey(random),
                };
                if (key is not null)
                {
                    changes.Remove(key, id);
                }
                if (next is not null)
                {
                    changes.Add(next, id);
                }
                current[id] = next;
            }
            foreach (var (id, key) in current)
            {
                if (key is null)
                {
                    model.Remove(id);
                }
                else
                {
                    model[id] = key;
                }
            }
            var before = index.Base;
            index = index.Apply(changes, minFold);
            if (!ReferenceEquals(before, index.Base))
            {
                folds++;
                Assert.True(index.Delta.IsEmpty);
            }
            Assert.True(index.Delta.Size <= PropertyIndex.FoldThreshold(index.Base.Count, minFold));
            var expected = model.Select(kv => (kv.Value, kv.Key)).ToList();
            expected.Sort(IndexDelta.EntryOrder);
            Check(index, expected, random);
            if (commit % 37 == 0)
            {
                versions.Add((index, expected));
            }
        }
        if (minFold < 100)
        {
            Assert.True(folds > 3, $"only {folds} folds");
        }
        // older versions (what older snapshots hold) still show exactly their entries
        foreach (var (old, expected) in versions)
        {
            Check(old, expected, random);
        }
    }

    [Fact]
    public void Apply_ReAddingARemovedBaseEntry_RestoresItWithoutGrowingTheDelta()
    {
        var index = new PropertyIndex(s_descriptor, SortedRun.Build([("a", 1), ("b", 2), ("b", 3)]), unique: false);
        var remove = new TxIndexChanges();
        remove.Remove("b", 2);
        index = index.Apply(remove);
        Assert.Equal(1, index.Delta.Removed.Count);
        Assert.Equal([1L, 3L], Scan(index).Select(e => e.Id));
        var readd = new TxIndexChanges();
        readd.Add("b", 2);
        index = index.Apply(readd);
        Assert.True(index.Delta.IsEmpty);
        Assert.Equal([("a", 1L), ("b", 2L), ("b", 3L)], Scan(index));
    }

    [Fact]
    public void Apply_RemovingADeltaEntry_DropsItFromTheDelta()
    {
        var index = new PropertyIndex(s_descriptor, SortedRun.Build([("a", 1)]), unique: false);
        var add = new TxIndexChanges();
        add.Add("c", 5);
        add.Add("b", 4);
        index = index.Apply(add);
        Assert.Equal([("a", 1L), ("b", 4L), ("c", 5L)], Scan(index));
        var change = new TxIndexChanges();
        change.Remove("c", 5);
        change.Add("0", 5);
        index = index.Apply(change);
        Assert.Equal(2, index.Delta.Added.Count);
        Assert.Equal(0, index.Delta.Removed.Count);
        Assert.Equal([("0", 5L), ("a", 1L), ("b", 4L)], Scan(index));
    }

    [Fact]
    public void Apply_SmallCommitToALargeIndex_SharesTheBaseAndUntouchedChunks()
    {
        var entries = new List<(string Key, long Id)>();
        for (var i = 0; i < 100_000; i++)
        {
            entries.Add((i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), i));
        }
        var index = new PropertyIndex(s_descriptor, SortedRun.Build(entries), unique: false);
        for (var c = 0; c < 2000; c++)
        {
            var changes = new TxIndexChanges();
            changes.Add("x" + c.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), 1_000_000 + c);
            var previous = index;
            index = index.Apply(changes);
            Assert.Same(previous.Base, index.Base);
            // one new entry at the end: every chunk but the last is shared with the previous version
            var chunks = index.Delta.Added.Chunks;
            for (var k = 0; k < chunks.Length - 2; k++)
            {
                Assert.Same(previous.Delta.Added.Chunks[k], chunks[k]);
            }
        }
        Assert.Equal(102_000, index.Count);
    }

    private static void Check(PropertyIndex index, List<(string Key, long Id)> expected, Random random)
    {
        Assert.Equal(expected.Count, index.Count);
        Assert.Equal(expected, Scan(index));
        Assert.Equal(expected, Scan(index.WithRun(index.Fold())));
        for (var probe = 0; probe < 20; probe++)
        {
            var key = RandomKey(random);
            var after = random.Next(2) == 0;
            var want = expected
                .Where(e =>
                {
                    var c = string.CompareOrdinal(e.Key, key);
                    return c > 0 || (c == 0 && !after);
                })
                .Take(5)
                .ToList();
            var got = new List<(string Key, long Id)>();
            for (var cursor = index.Seek(key, after); cursor.Valid && got.Count < 5; cursor.Next())
            {
                got.Add((cursor.KeyString, cursor.Id));
            }
            Assert.Equal(want, got);
        }
    }

    private static List<(string Key, long Id)> Scan(PropertyIndex index)
    {
        var all = new List<(string Key, long Id)>();
        for (var cursor = index.Seek([]); cursor.Valid; cursor.Next())
        {
            all.Add((cursor.Key.ToString(), cursor.Id));
        }
        return all;
    }

    // short keys from a small alphabet: many equal keys (ordered by id), prefixes of each other
    private static string RandomKey(Random random) =>
        new(Enumerable.Range(0, random.Next(0, 4)).Select(_ => (char)('a' + random.Next(3))).ToArray());
}
