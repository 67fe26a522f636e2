using EconSecGraph.Graph.Values;
using static EconSecGraph.Storage.Tests.TestGraph;

namespace EconSecGraph.Storage.Tests;

public class SnapshotIsolationTests
{
    [Fact]
    public void ReaderView_DoesNotChange_WhileWriterCommits()
    {
        using var store = GraphStore.CreateInMemory();
        long a;
        using (var tx = store.BeginWrite())
        {
            a = Node(tx, "A", ("v", 1));
            tx.Commit();
        }
        var before = store.Snapshot();
        using (var tx = store.BeginWrite())
        {
            tx.SetNodeProperty(a, tx.GetPropertyKeyId("v"), 2);
            var b = Node(tx, "A", ("v", 3));
            Rel(tx, a, "R", b);
            tx.AddLabel(a, tx.GetOrCreateLabelId("B"));
            tx.Commit();
        }
        Assert.Equal(CypherInteger.Of(1), before.GetNodeProperty(a, before.GetPropertyKeyId("v")));
        Assert.Equal(1, before.NodeCount);
        Assert.Empty(Rels(before, a, Direction.Both));
        Assert.Equal(-1, before.GetLabelId("B"));
        Assert.Single(Nodes(before.AllNodes()));
        var after = store.Snapshot();
        Assert.Equal(CypherInteger.Of(2), after.GetNodeProperty(a, after.GetPropertyKeyId("v")));
        Assert.Equal(2, after.NodeCount);
        Assert.True(after.TransactionId > before.TransactionId);
    }

    /// <summary>
    /// One writer keeps an invariant (sum of all "balance" properties = 0, every transfer also adds
    /// one relationship) while readers check it on their snapshots. Bounded iterations, no timing.
    /// </summary>
    [Fact]
    public async Task ConcurrentReaders_AlwaysSeeConsistentSnapshots()
    {
        using var store = GraphStore.CreateInMemory();
        const int Accounts = 50;
        using (var tx = store.BeginWrite())
        {
            for (var i = 0; i < Accounts; i++)
            {
                Node(tx, "Account", ("balance", 0));
            }
            tx.Commit();
        }
        var done = 0;
        var failures = new List<string>();
        var checks = 0;
        var readers = Enumerable
            .Range(0, 3)
            .Select(_ =>
                Task.Run(() =>
                {
                    while (Volatile.Read(ref done) == 0 || checks < 20)
                    {
                        var s = store.Snapshot();
                        var key = s.GetPropertyKeyId("balance");
                        long sum = 0;
                        foreach (var n in Nodes(s.AllNodes()))
                        {
                            sum += ((CypherInteger)s.GetNodeProperty(n, key)).Value;
                        }
                        var rels = 0L;
                        foreach (var n in Nodes(s.AllNodes()))
                        {
                            rels += Rels(s, n, Direction.Outgoing).Count;
                        }
                        // the snapshot stays the same however long we look at it
                        var again = Nodes(s.AllNodes()).Sum(n => ((CypherInteger)s.GetNodeProperty(n, key)).Value);
                        if (sum != 0 || again != 0 || rels != s.RelationshipCount || rels != s.TransactionId - 1)
                        {
                            lock (failures)
                            {
                                failures.Add(
                                    $"tx {s.TransactionId}: sum {sum}/{again}, rels {rels} vs {s.RelationshipCount}"
                                );
                            }
                        }
                        Interlocked.Increment(ref checks);
                    }
                })
            )
            .ToArray();
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            using var tx = store.BeginWrite();
            var key = tx.GetPropertyKeyId("balance");
            var from = random.Next(Accounts);
            var to = (from + 1 + random.Next(Accounts - 1)) % Accounts;
            var amount = random.Next(1, 100);
            tx.SetNodeProperty(from, key, ((CypherInteger)tx.GetNodeProperty(from, key)).Value - amount);
            tx.SetNodeProperty(to, key, ((CypherInteger)tx.GetNodeProperty(to, key)).Value + amount);
            Rel(tx, from, "TRANSFER", to, ("amount", amount));
            if (i % 10 == 9)
            {
                tx.Rollback(); // rolled-back work must never be seen
                continue;
            }
            tx.Commit();
        }
        Volatile.Write(ref done, 1);
        await Task.WhenAll(readers);
        Assert.Empty(failures);
        Assert.True(checks >= 20);
        Assert.Equal(270, store.Snapshot().RelationshipCount);
    }
}
