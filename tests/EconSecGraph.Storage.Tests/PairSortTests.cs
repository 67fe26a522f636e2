using EconSecGraph.Storage.Import;

namespace EconSecGraph.Storage.Tests;

public sealed class PairSortTests
{
    /// <summary>
    /// Random, few-distinct, sorted, reversed and organ-pipe keys in a sub-range of longer arrays: the keys
    /// come out ascending, each item still beside its key, and nothing outside the range moves.
    /// </summary>
    [Theory]
    [InlineData("random", 0)]
    [InlineData("random", 1)]
    [InlineData("random", 15)]
    [InlineData("random", 17)]
    [InlineData("random", 10_000)]
    [InlineData("few", 5_000)]
    [InlineData("sorted", 3_000)]
    [InlineData("reversed", 3_000)]
    [InlineData("organ", 4_001)]
    [InlineData("equal", 2_000)]
    public void Sort_OrdersKeysAndCarriesItems(string shape, int count)
    {
        var random = new Random(count);
        const int Before = 3,
            After = 5;
        var keys = new ulong[Before + count + After];
        var items = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var k = i - Before;
            keys[i] = shape switch
            {
                "few" => (ulong)random.Next(0, 7) << 40,
                "sorted" => (ulong)k,
                "reversed" => (ulong)(count - k),
                "organ" => (ulong)Math.Min(k, count - k),
                "equal" => 42,
                _ => (ulong)random.NextInt64() * 3,
            };
            items[i] = i;
        }
        var original = (ulong[])keys.Clone();

        PairSort.Sort(keys, items, Before, count);

        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(original[items[i]], keys[i]);
            if (i < Before || i >= Before + count)
            {
                Assert.Equal(i, items[i]);
            }
            else if (i > Before)
            {
                Assert.True(keys[i - 1] <= keys[i], $"keys out of order at {i}");
            }
        }
        Assert.Equal(Enumerable.Range(0, keys.Length), items.Order());
    }

    [Fact]
    public void Sort_RejectsARangeOutsideTheArrays()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PairSort.Sort(new ulong[4], new int[4], 2, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => PairSort.Sort(new ulong[4], new int[2], 0, 4));
    }
}
