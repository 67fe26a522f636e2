using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage.Tests;

public sealed class LongMapTests
{
    /// <summary>
    /// Random adds and lookups over keys from a small range (many repeats), sequential ids, negative and
    /// extreme keys: the map agrees with a Dictionary after every step, and keeps insertion order.
    /// </summary>
    [Theory]
    [InlineData(1, 50)]
    [InlineData(2, 5_000)]
    [InlineData(3, 40_000)]
    public void RandomOperations_MatchADictionary(int seed, int steps)
    {
        var random = new Random(seed);
        var map = new LongMap<long>();
        var model = new Dictionary<long, long>();
        var order = new List<long>();
        long[] extremes = [long.MinValue, long.MaxValue, 0, -1, 1L << 33, -(1L << 40)];
        for (var step = 0; step < steps; step++)
        {
            var key = (step % 4) switch
            {
                0 => random.Next(-200, 200),
                1 => step,
                2 => extremes[random.Next(extremes.Length)],
                _ => random.NextInt64(),
            };
            var delta = random.Next(1, 9);
            map.GetValueRefOrAddDefault(key, out var exists) += delta;
            Assert.Equal(model.ContainsKey(key), exists);
            if (!exists)
            {
                order.Add(key);
            }
            model[key] = model.GetValueOrDefault(key) + delta;
            var probe = random.Next(-250, 250);
            Assert.Equal(model.TryGetValue(probe, out var expected), map.TryGetValue(probe, out var actual));
            Assert.Equal(expected, actual);
        }
        Assert.Equal(model.Count, map.Count);
        for (var i = 0; i < map.Count; i++)
        {
            Assert.Equal(order[i], map.KeyAt(i));
            Assert.Equal(model[order[i]], map.ValueAt(i));
        }
    }

    [Fact]
    public void Copy_IsIndependentOfTheOriginal()
    {
        var map = new LongMap<int>(4);
        for (var i = 0; i < 100; i++)
        {
            map.GetValueRefOrAddDefault(i * 7, out _) = i;
        }
        var copy = new LongMap<int>(map);
        copy.GetValueRefOrAddDefault(7, out _) = -1;
        copy.GetValueRefOrAddDefault(10_000, out _) = 5;

        Assert.True(map.TryGetValue(7, out var original));
        Assert.Equal(1, original);
        Assert.False(map.TryGetValue(10_000, out _));
        Assert.Equal(100, map.Count);
        Assert.Equal(101, copy.Count);
    }

    [Fact]
    public void Clear_EmptiesTheMapAndItCanBeFilledAgain()
    {
        var map = new LongMap<int>();
        for (var i = 0; i < 1000; i++)
        {
            map.GetValueRefOrAddDefault(i, out _) = i;
        }
        map.Clear();

        Assert.Equal(0, map.Count);
        Assert.False(map.TryGetValue(5, out _));
        map.GetValueRefOrAddDefault(5, out var exists) = 9;
        Assert.False(exists);
        Assert.True(map.TryGetValue(5, out var value));
        Assert.Equal(9, value);
        Assert.Throws<ArgumentOutOfRangeException>(() => map.KeyAt(1));
    }
}
