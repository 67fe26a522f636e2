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
}
