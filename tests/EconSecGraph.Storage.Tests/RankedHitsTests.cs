using EconSecGraph.Storage.FullText;

namespace EconSecGraph.Storage.Tests;

public sealed class RankedHitsTests
{
    /// <summary>
    /// Every size around the one-pass batch (below, at, just past and far past it), scores with many ties:
    /// the lazy ranking is exactly a full sort by score descending, then id ascending.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(RankedHits.FirstBatch)]
    [InlineData(RankedHits.FirstBatch * 2)]
    [InlineData((RankedHits.FirstBatch * 2) + 1)]
    [InlineData(5000)]
    public void Order_IsAFullSort_ScoreDescendingThenIdAscending(int count)
    {
        var random = new Random(count);
        var docs = new long[count];
        var scores = new double[count];
        var next = 0L;
        for (var i = 0; i < count; i++)
        {
            next += random.Next(1, 4);
            docs[i] = next;
            // few distinct scores, so ties are common and the id decides
            scores[i] = random.Next(0, 12) / 4.0;
        }
        var expected = Enumerable
            .Range(0, count)
            .OrderByDescending(i => scores[i])
            .ThenBy(i => docs[i])
            .Select(i => (docs[i], scores[i]))
            .ToList();

        var actual = new RankedHits(new ScoredDocs(docs, scores, count)).Select(h => (h.EntityId, h.Score)).ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void StoppingEarly_GivesTheBestHitsInOrder()
    {
        var random = new Random(7);
        const int count = 3000;
        var docs = Enumerable.Range(0, count).Select(i => (long)i * 2).ToArray();
        var scores = Enumerable.Range(0, count).Select(_ => random.NextDouble()).ToArray();
        var expected = Enumerable.Range(0, count).OrderByDescending(i => scores[i]).Take(10).Select(i => docs[i]);

        var actual = new RankedHits(new ScoredDocs(docs, scores, count)).Take(10).Select(h => h.EntityId);

        Assert.Equal(expected, actual);
    }
}
