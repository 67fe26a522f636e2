using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage.Tests;

public sealed class LayeredMapTests
{
    [Fact]
    public void RandomEdits_AgreeWithDictionary_AndOldVersionsStayUnchanged()
    {
        var random = new Random(3);
        var map = LayeredMap<int, string>.Empty();
        var model = new Dictionary<int, string>();
        var versions = new List<(LayeredMap<int, string> Map, Dictionary<int, string> Model)>();
        for (var commit = 0; commit < 400; commit++)
        {
            var edit = map.Edit();
            // sometimes a big batch (forces folding into the base), mostly a few keys
            var changes = commit % 50 == 0 ? 3000 : random.Next(1, 20);
            for (var c = 0; c < changes; c++)
            {
                var key = random.Next(5000);
                if (random.Next(3) == 0)
                {
                    Assert.Equal(model.Remove(key), edit.Remove(key));
                }
                else
                {
                    var value = "v" + commit + "." + c;
                    edit[key] = value;
                    model[key] = value;
                }
                Assert.Equal(model.TryGetValue(key, out var expected), edit.TryGetValue(key, out var actual));
                Assert.Equal(expected, actual);
            }
            map = edit.Build();
            if (commit % 40 == 0)
            {
                versions.Add((map, new Dictionary<int, string>(model)));
            }
            Assert.Equal(model.Count, map.Count);
        }
        foreach (var (version, snapshot) in versions)
        {
            Assert.Equal(snapshot.Count, version.Count);
            Assert.Equal(snapshot.OrderBy(kv => kv.Key).ToList(), version.OrderBy(kv => kv.Key).ToList());
            foreach (var key in Enumerable.Range(0, 5000))
            {
                Assert.Equal(snapshot.TryGetValue(key, out var e), version.TryGetValue(key, out var a));
                Assert.Equal(e, a);
            }
        }
    }
}
