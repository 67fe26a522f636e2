using EconSecGraph.Storage.Indexing;

namespace EconSecGraph.Storage.Tests;

public sealed class SortedRunTests
{
    [Fact]
    public void Find_LocatesEveryEntry_AndMissesAbsentOnes()
    {
        var random = new Random(5);
        for (var round = 0; round < 40; round++)
        {
            var entries = new List<(string Key, long Id)>();
            var count = random.Next(0, 200);
            for (var i = 0; i < count; i++)
            {
                // short keys from a small alphabet: many equal keys, ordered by id
                entries.Add((new string((char)('a' + random.Next(3)), random.Next(0, 4)), random.Next(500) * 2));
            }
            entries = [.. entries.DistinctBy(e => e.Id)];
            var run = SortedRun.Build([.. entries]);
            for (var i = 0; i < run.Count; i++)
            {
                Assert.Equal(i, run.Find(run.Key(i), run.Id(i)));
                Assert.Equal(-1, run.Find(run.Key(i), run.Id(i) + 1)); // odd ids are never present
                Assert.Equal(-1, run.Find(run.Key(i).ToString() + "z", run.Id(i)));
            }
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
