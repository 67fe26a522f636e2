using EconSecGraph.Cypher.Runtime;

namespace EconSecGraph.Cypher.Tests;

public sealed class VisitMarksTests
{
    [Fact]
    public void Marks_BehaveLikeAHashSet_AcrossResets_GrowthAndHugeIds()
    {
        var random = new Random(3);
        var marks = new VisitMarks();
        for (var round = 0; round < 50; round++)
        {
            marks.Reset();
            var model = new HashSet<long>();
            var adds = random.Next(0, 3000);
            for (var i = 0; i < adds; i++)
            {
                long id = random.Next(10) switch
                {
                    0 => long.MaxValue - random.Next(3), // beyond the mark array: the fallback set
                    1 => random.Next(0, 5_000_000), // forces the array to grow
                    _ => random.Next(0, 2000),
                };
                Assert.Equal(model.Add(id), marks.Add(id));
            }
            Assert.Equal(model.Count, marks.Count);
        }
    }
}
