using EconSecGraph.Storage.Indexing;

namespace EconSecGraph.Storage.Tests;

public sealed class SortedRunTests
{
    [Fact]
    public void Merge_EqualsRebuildingFromScratch_OnRandomEdits()
    {
        var random = new Random(5);
        var model = new Dictionary<long, string>();
        var run = SortedRun.Empty;
        for (var round = 0; round < 300; round++)
        {
            var removed = new Dictionary<long, string>();
            var added = new List<(string Key, long Id)>();
            var edits = round % 60 == 0 ? 500 : random.Next(0, 8);
            for (var e = 0; e < edits; e++)
            {
                var id = (long)random.Next(2000);
                if (removed.ContainsKey(id) || added.Exists(x => x.Id == id))
                {
                    continue;
                }
                if (model.TryGetValue(id, out var old))
                {
                    removed[id] = old;
                    model.Remove(id);
                }
                if (random.Next(3) != 0)
                {
                    // short keys from a small alphabet: many equal keys, ordered by id
                    var key = new string((char)('a' + random.Next(3)), random.Next(0, 4));
                    added.Add((key, id));
                    model[id] = key;
                }
            }
            run = run.Merge(removed, added);
            var expected = SortedRun.Build([.. model.Select(kv => (kv.Value, kv.Key))]);
            Assert.Equal(expected.Count, run.Count);
            for (var i = 0; i < run.Count; i++)
            {
                Assert.Equal(expected.Id(i), run.Id(i));
                Assert.Equal(expected.Key(i).ToString(), run.Key(i).ToString());
            }
            Assert.Equal(expected.Arena.ToString(), run.Arena.ToString());
        }
    }

    [Fact]
    public void EntryAt_FromAnEarlierEntry_FindsTheKeyHoldingEveryPosition()
    {
        var random = new Random(11);
        for (var round = 0; round < 40; round++)
        {
            var entries = new List<(string Key, long Id)>();
            var count = random.Next(1, 300);
            for (var i = 0; i < count; i++)
            {
                // empty keys too: several entries then start at the same arena position
                entries.Add((new string((char)('a' + random.Next(4)), random.Next(0, 6)), i));
            }
            var run = SortedRun.Build(entries);
            var owner = new List<int>();
            for (var e = 0; e < run.Count; e++)
            {
                for (var k = 0; k < run.Key(e).Length; k++)
                {
                    owner.Add(e);
                }
            }
            Assert.Equal(run.Arena.Length, owner.Count);
            var from = 0;
            for (var position = 0; position < owner.Count; position += 1 + random.Next(3))
            {
                Assert.Equal(owner[position], run.EntryAt(position));
                from = run.EntryAt(position, from);
                Assert.Equal(owner[position], from);
            }
        }
    }
}
