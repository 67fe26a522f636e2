using EconSecGraph.Cypher.Runtime;

namespace EconSecGraph.Cypher.Tests;

public sealed class NodeSlotsTests
{
    [Fact]
    public void Slots_BehaveLikeADictionary_AcrossResets_GrowthAndHugeIds()
    {
        var random = new Random(5);
        var slots = new NodeSlots();
        for (var round = 0; round < 50; round++)
        {
            slots.Reset();
            var model = new Dictionary<long, int>();
            var operations = random.Next(0, 3000);
            for (var i = 0; i < operations; i++)
            {
                long id = random.Next(10) switch
                {
                    0 => long.MaxValue - random.Next(3), // beyond the arrays: the fallback dictionary
                    1 => random.Next(0, 5_000_000), // forces the arrays to grow
                    _ => random.Next(0, 2000),
                };
                if (random.Next(3) == 0)
                {
                    var value = random.Next(-1, 1000);
                    model[id] = value;
                    slots.Set(id, value);
                }
                Assert.Equal(model.ContainsKey(id), slots.Contains(id));
                Assert.Equal(model.TryGetValue(id, out var expected), slots.TryGet(id, out var actual));
                Assert.Equal(expected, actual);
                if (model.ContainsKey(id))
                {
                    Assert.Equal(expected, slots[id]);
                }
            }
            Assert.Equal(model.Count, slots.Count);
        }
    }
}
