using System.Globalization;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.Durability;
using static EconSecGraph.Storage.Tests.TestGraph;

namespace EconSecGraph.Storage.Tests;

public sealed class DurabilityTests : IDisposable
{
    private readonly string _dir = TempDir();

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    private static void Populate(GraphStore store)
    {
        using (var tx = store.BeginWrite())
        {
            tx.CreateUniqueConstraint("org_id", EntityType.Node, "Org", ["id"]);
            tx.CreateIndex("org_name", EntityType.Node, "Org", ["name"]);
            tx.CreateFullTextIndex("org_text", EntityType.Node, ["Org"], ["name"], "cjk");
            tx.Commit();
        }
        using (var tx = store.BeginWrite())
        {
            var a = Node(tx, "Org", ("id", "nss"), ("name", "国家安全保障局"));
            var b = Node(tx, "Org", ("id", "meti"), ("name", "経済産業省"));
            Rel(tx, a, "COOPERATES", b, ("since", new CypherDate(19000)));
            tx.Commit();
        }
        using (var tx = store.BeginWrite())
        {
            Node(tx, "Org", ("id", "rolled-back"));
            tx.Rollback();
        }
        using (var tx = store.BeginWrite())
        {
            tx.SetNodeProperty(1, tx.GetPropertyKeyId("name"), "経済産業省（METI）");
            var c = Node(tx, "Org", ("id", "tmp"));
            tx.DeleteNode(c);
            tx.Commit();
        }
    }

    private static void Verify(GraphStore store)
    {
        var s = store.Snapshot();
        Assert.Equal(2, s.NodeCount);
        Assert.Equal(1, s.RelationshipCount);
        Assert.Equal(new CypherString("経済産業省（METI）"), s.GetNodeProperty(1, s.GetPropertyKeyId("name")));
        Assert.Equal(new CypherDate(19000), s.GetRelationshipProperty(0, s.GetPropertyKeyId("since")));
        Assert.Equal(0, s.FindUnique(s.GetConstraint("org_id")!, "nss"));
        Assert.Equal(-1, s.FindUnique(s.GetConstraint("org_id")!, "rolled-back"));
        Assert.Equal([1L], s.SeekPrefix(s.GetIndex("org_name")!, "経済"));
        Assert.Equal(0, s.QueryFullText("org_text", "安全保障")[0].EntityId);
        Assert.Equal(3, s.NodeIdUpperBound); // the deleted node's id is not reused
        Assert.Single(TestGraph.Rels(s, 0, Direction.Outgoing));
        Assert.Equal(1, s.CountRelationships(s.GetLabelId("Org"), s.GetRelationshipTypeId("COOPERATES"), -1));
    }

    [Fact]
    public void Reopen_RestoresEverythingCommitted_FromJournal()
    {
        string id;
        using (var store = GraphStore.Open(_dir, Fast))
        {
            id = store.StoreId;
            Populate(store);
            Verify(store);
        }
        using (var store = GraphStore.Open(_dir, Fast))
        {
            Assert.Equal(id, store.StoreId);
            Assert.Empty(store.RecoveryWarnings);
            Verify(store);
            Assert.Equal(3, store.LastCommittedTransactionId);
        }
    }

    [Fact]
    public void Reopen_FromCheckpointPlusJournal()
    {
        using (var store = GraphStore.Open(_dir, Fast))
        {
            Populate(store);
            store.Checkpoint();
            using var tx = store.BeginWrite();
            Node(tx, "Late", ("x", 1));
            tx.Commit();
        }
        Assert.Single(Directory.GetFiles(_dir, "checkpoint-*.ckpt"));
        using (var store = GraphStore.Open(_dir, Fast))
        {
            var s = store.Snapshot();
            Assert.Equal(3, s.NodeCount);
            Assert.Equal(3, s.Nodes(s.NodesWithLabel(s.GetLabelId("Late")))[0]);
            // the checkpointed part is intact too
            Assert.Equal(0, s.QueryFullText("org_text", "安全保障")[0].EntityId);
            Assert.Equal(new CypherString("経済産業省（METI）"), s.GetNodeProperty(1, s.GetPropertyKeyId("name")));
            store.Checkpoint();
        }
        using (var store = GraphStore.Open(_dir, Fast))
        {
            Assert.Equal(3, store.Snapshot().NodeCount);
        }
    }

    [Fact]
    public void TornLastRecord_IsDroppedWithWarning()
    {
        using (var store = GraphStore.Open(_dir, Fast))
        {
            Populate(store);
        }
        var journal = Directory.GetFiles(_dir, "journal-*.log").Single();
        var length = new FileInfo(journal).Length;
        using (var f = new FileStream(journal, FileMode.Open))
        {
            f.SetLength(length - 7); // cut into the last commit record
        }
        var warnings = new List<string>();
        using (var store = GraphStore.Open(_dir, Fast with { Log = (level, m) => warnings.Add(m) }))
        {
            Assert.Single(store.RecoveryWarnings);
            Assert.Contains("torn", store.RecoveryWarnings[0], StringComparison.Ordinal);
            Assert.Contains(journal, warnings[0], StringComparison.Ordinal);
            var s = store.Snapshot();
            // the last transaction (rename) is gone, the earlier ones are intact
            Assert.Equal(new CypherString("経済産業省"), s.GetNodeProperty(1, s.GetPropertyKeyId("name")));
            Assert.Equal(2, store.LastCommittedTransactionId);
            using var tx = store.BeginWrite();
            Node(tx, "After", ("x", 1));
            tx.Commit();
        }
        using (var store = GraphStore.Open(_dir, Fast))
        {
            Assert.Empty(store.RecoveryWarnings);
            Assert.Equal(3, store.Snapshot().NodeCount);
        }
    }

    [Fact]
    public void FlippedByteInJournalMiddle_FailsOpen_NamingFileAndOffset()
    {
        using (var store = GraphStore.Open(_dir, Fast))
        {
            Populate(store);
        }
        var journal = Directory.GetFiles(_dir, "journal-*.log").Single();
        var bytes = File.ReadAllBytes(journal);
        var offset = bytes.Length / 2;
        bytes[offset] ^= 0x5A;
        File.WriteAllBytes(journal, bytes);
        var e = Assert.Throws<StorageCorruptionException>(() => GraphStore.Open(_dir, Fast));
        Assert.Equal(journal, e.FilePath);
        Assert.InRange(e.Offset, 64, offset);
        Assert.Contains(journal, e.Message, StringComparison.Ordinal);
        Assert.Contains(
            "byte offset " + e.Offset.ToString(CultureInfo.InvariantCulture),
            e.Message,
            StringComparison.Ordinal
        );
        Assert.Equal(Neo4jStatusCodes.StorageDamageDetected, e.Code);
        // the failed open released the lock and changed nothing
        Assert.Equal(bytes, File.ReadAllBytes(journal));
        Assert.Throws<StorageCorruptionException>(() => GraphStore.Open(_dir, Fast));
    }

    [Fact]
    public void FlippedByteInCheckpoint_FailsOpen_NamingFileAndOffset()
    {
        using (var store = GraphStore.Open(_dir, Fast))
        {
            Populate(store);
            store.Checkpoint();
        }
        var checkpoint = Directory.GetFiles(_dir, "checkpoint-*.ckpt").Single();
        var bytes = File.ReadAllBytes(checkpoint);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(checkpoint, bytes);
        var e = Assert.Throws<StorageCorruptionException>(() => GraphStore.Open(_dir, Fast));
        Assert.Equal(checkpoint, e.FilePath);
        Assert.InRange(e.Offset, 0, bytes.Length / 2);
    }

    [Fact]
    public void TruncatedCheckpoint_IsDamage_NotATornTail()
    {
        using (var store = GraphStore.Open(_dir, Fast))
        {
            Populate(store);
            store.Checkpoint();
        }
        var checkpoint = Directory.GetFiles(_dir, "checkpoint-*.ckpt").Single();
        using (var f = new FileStream(checkpoint, FileMode.Open))
        {
            f.SetLength(f.Length - 3);
        }
        var e = Assert.Throws<StorageCorruptionException>(() => GraphStore.Open(_dir, Fast));
        Assert.Equal(checkpoint, e.FilePath);
    }

    [Fact]
    public void LockedDirectory_InThisProcess_GivesClearError()
    {
        using var store = GraphStore.Open(_dir, Fast);
        var e = Assert.Throws<StoreLockedException>(() => GraphStore.Open(_dir, Fast));
        Assert.Contains("already in use", e.Message, StringComparison.Ordinal);
        Assert.Equal(Neo4jStatusCodes.DatabaseUnavailable, e.Code);
    }

    [Fact]
    public void LockedDirectory_ByAnotherProcess_GivesClearError_AndIsFreedWhenItDies()
    {
        using (var child = new ChildProcess("hold", _dir))
        {
            Assert.Equal("READY", child.ReadLine(TimeSpan.FromSeconds(60)));
            var e = Assert.Throws<StoreLockedException>(() => GraphStore.Open(_dir, Fast));
            Assert.Contains(_dir, e.Message, StringComparison.Ordinal);
            Assert.Contains("store.lock", e.Message, StringComparison.Ordinal);
            child.Kill();
        }
        using var store = GraphStore.Open(_dir, Fast);
        Assert.Equal(0, store.Snapshot().NodeCount);
    }

    [Fact]
    public void KillDashNine_AtRandomMoments_LosesNoReportedCommit_AndShowsNoPartialTransaction()
    {
        var random = new Random(20261127);
        var reported = new List<long>();
        long next = 0;
        for (var iteration = 0; iteration < 4; iteration++)
        {
            using (var child = new ChildProcess("write", _dir, next.ToString(CultureInfo.InvariantCulture)))
            {
                var stopAfter = random.Next(3, 40);
                for (var i = 0; i < stopAfter; i++)
                {
                    var line = child.ReadLine(TimeSpan.FromSeconds(60));
                    if (line is null)
                    {
                        child.Kill();
                        Assert.Fail("the child stopped reporting commits: " + child.ReadError());
                    }
                    Assert.StartsWith("COMMIT ", line, StringComparison.Ordinal);
                    reported.Add(long.Parse(line["COMMIT ".Length..], CultureInfo.InvariantCulture));
                }
                Thread.Sleep(random.Next(0, 15)); // land somewhere inside a later transaction
                child.Kill();
            }
            using var store = GraphStore.Open(_dir, Fast);
            var s = store.Snapshot();
            var seq = s.GetPropertyKeyId("seq");
            var commitLabel = s.GetLabelId("Commit");
            var batches = new Dictionary<long, long>();
            foreach (var node in s.Nodes(s.NodesWithLabel(commitLabel)))
            {
                batches[((CypherInteger)s.GetNodeProperty(node, seq)).Value] = node;
            }
            foreach (var n in reported)
            {
                Assert.True(batches.ContainsKey(n), $"reported commit {n} is missing after kill #{iteration}");
            }
            // every transaction is whole: its batch node has exactly its five parts
            foreach (var (n, node) in batches)
            {
                var parts = TestGraph.Rels(s, node, Direction.Incoming);
                Assert.Equal(5, parts.Count);
                Assert.All(parts, p => Assert.Equal(CypherInteger.Of(n), s.GetNodeProperty(p.OtherNodeId, seq)));
            }
            Assert.Equal(batches.Count * 6, s.NodeCount);
            Assert.Equal(batches.Count * 5, s.RelationshipCount);
            next = batches.Count == 0 ? 0 : batches.Keys.Max() + 1;
        }
        Assert.NotEmpty(reported);
    }

    private string WriteImportFiles(int nodes)
    {
        var csv = Path.Combine(_dir + "-csv");
        Directory.CreateDirectory(csv);
        var sb = new System.Text.StringBuilder("id,name\n");
        for (var i = 0; i < nodes; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{i},\"組織 {i}, Org\"\n");
        }
        File.WriteAllText(Path.Combine(csv, "nodes.csv"), sb.ToString());
        sb.Clear().Append("src,dst\n");
        for (var i = 0; i < nodes; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{i},{(i * 7 + 1) % nodes}\n");
        }
        File.WriteAllText(Path.Combine(csv, "edges.csv"), sb.ToString());
        return csv;
    }

    [Fact]
    public void BulkImport_ReportedDone_SurvivesKillDashNine_WithItsIndexes()
    {
        var csv = WriteImportFiles(2000);
        try
        {
            using (var store = GraphStore.Open(_dir, Fast))
            using (var tx = store.BeginWrite())
            {
                tx.CreateUniqueConstraint("org_id", EntityType.Node, "Org", ["id"]);
                tx.CreateIndex("org_name", EntityType.Node, "Org", ["name"]);
                tx.Commit();
            }
            using (var child = new ChildProcess("import", _dir, csv))
            {
                var line = child.ReadLine(TimeSpan.FromSeconds(120));
                Assert.True(line == "IMPORTED", "the child did not report the import: " + line);
                child.Kill();
            }
            using var reopened = GraphStore.Open(_dir, Fast);
            var s = reopened.Snapshot();
            Assert.Equal(2000, s.NodeCount);
            Assert.Equal(2000, s.RelationshipCount);
            var org = s.GetLabelId("Org");
            var id = s.GetPropertyKeyId("id");
            var name = s.GetPropertyKeyId("name");
            var node = Assert.Single(s.SeekExact(s.GetIndex("org_id")!, CypherInteger.Of(1234)));
            Assert.Single(s.SeekExact(s.GetIndex("org_name")!, new CypherString("組織 1234, Org")));
            Assert.True(s.HasLabel(node, org));
            Assert.Equal(new CypherString("組織 1234, Org"), s.GetNodeProperty(node, name));
            var links = TestGraph.Rels(s, node, Direction.Outgoing);
            var target = Assert.Single(links).OtherNodeId;
            Assert.Equal(CypherInteger.Of((1234 * 7 + 1) % 2000), s.GetNodeProperty(target, id));
            // the constraint still holds against later writes
            using var tx2 = reopened.BeginWrite();
            Assert.Throws<ConstraintViolationException>(() => Node(tx2, "Org", ("id", 7L)));
        }
        finally
        {
            Directory.Delete(csv, recursive: true);
        }
    }

    [Fact]
    public void BulkImport_KilledAtRandomMoments_LeavesTheStoreEmptyOrWhole()
    {
        var csv = WriteImportFiles(60_000);
        var random = new Random(11);
        try
        {
            var outcomes = new List<long>();
            for (var iteration = 0; iteration < 3; iteration++)
            {
                if (Directory.Exists(_dir))
                {
                    Directory.Delete(_dir, recursive: true);
                }
                using (var child = new ChildProcess("import", _dir, csv))
                {
                    Thread.Sleep(random.Next(150, 900));
                    child.Kill();
                }
                using var store = GraphStore.Open(_dir, Fast);
                var s = store.Snapshot();
                Assert.True(
                    s.NodeCount is 0 or 60_000,
                    $"kill #{iteration} left {s.NodeCount} nodes: neither nothing nor the whole import"
                );
                Assert.Equal(s.NodeCount, s.RelationshipCount);
                outcomes.Add(s.NodeCount);
            }
        }
        finally
        {
            Directory.Delete(csv, recursive: true);
        }
    }
}
