using EconSecGraph.Storage.Import;

namespace EconSecGraph.Storage.Tests;

/// <summary>The bulk import's index entry buffer sorts exactly as an ordinal (key, id) sort would.</summary>
public sealed class IndexEntryBufferTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 7)]
    [InlineData(4, 100)]
    [InlineData(5, 5000)]
    [InlineData(6, 70000)]
    public void Sorts_random_keys_like_an_ordinal_sort_with_ids_breaking_ties(int seed, int count)
    {
        var random = new Random(seed);
        // few distinct chars and short keys: many shared prefixes, equal keys, keys that are prefixes of
        // others, and the chars an encoding puts first (\0, category marks) or last (\uffff)
        char[] alphabet = ['\0', '\u0001', '\u0010', 'a', 'b', '大', '学', '\uffff'];
        var entries = new List<(string Key, long Id)>();
        var buffer = new IndexEntryBuffer();
        var id = 0L;
        for (var i = 0; i < count; i++)
        {
            var length = random.Next(0, 9);
            var key = new string([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            id += random.Next(1, 4);
            entries.Add((key, id));
            if (key.Length > 0 && random.Next(2) == 0)
            {
                buffer.Add(key[0], key.AsSpan(1), id);
            }
            else
            {
                buffer.Add(key, id);
            }
        }
        var expected = entries.OrderBy(e => e.Key, StringComparer.Ordinal).ThenBy(e => e.Id).ToList();

        var run = buffer.ToRun();

        Assert.Equal(expected.Count, run.Count);
        for (var i = 0; i < run.Count; i++)
        {
            Assert.Equal(expected[i].Key, run.Key(i).ToString());
            Assert.Equal(expected[i].Id, run.Id(i));
        }
        Assert.Equal(0, buffer.Count);
    }

    [Fact]
    public void Keeps_a_run_that_arrives_in_order_and_handles_keys_longer_than_a_chunk()
    {
        var buffer = new IndexEntryBuffer();
        var keys = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            keys.Add("k" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
        }
        var huge = new string('z', (1 << 20) + 17);
        keys.Add(huge);
        for (var i = 0; i < keys.Count; i++)
        {
            buffer.Add(keys[i], i);
        }
        buffer.Add("a", keys.Count);

        var run = buffer.ToRun();

        Assert.Equal(keys.Count + 1, run.Count);
        Assert.Equal("a", run.Key(0).ToString());
        Assert.Equal(keys.Count, run.Id(0));
        for (var i = 0; i < keys.Count; i++)
        {
            Assert.Equal(keys[i], run.Key(i + 1).ToString());
            Assert.Equal(i, run.Id(i + 1));
        }
    }
}
