using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.Schema;
using static EconSecGraph.Storage.Tests.TestGraph;

namespace EconSecGraph.Storage.Tests;

public class IndexTests
{
    private static GraphStore StoreWithPeople(out long[] ids)
    {
        var store = GraphStore.CreateInMemory();
        using var tx = store.BeginWrite();
        ids =
        [
            Node(tx, "Org", ("name", "Alpha"), ("size", 10)),
            Node(tx, "Org", ("name", "alphabet"), ("size", 2.5)),
            Node(tx, "Org", ("name", "Beta"), ("size", 10.0)),
            Node(tx, "Org", ("name", "国家安全保障局"), ("size", -3)),
            Node(tx, "Org", ("name", "経済安全保障推進室"), ("size", 7)),
            Node(tx, "Other", ("name", "Alpha"), ("size", 10)),
        ];
        tx.Commit();
        return store;
    }

    private static IndexDescriptor CreateIndex(GraphStore store, string prop, IndexType type = IndexType.Range)
    {
        using var tx = store.BeginWrite();
        var d = tx.CreateIndex(null, EntityType.Node, "Org", [prop], type).Descriptor!;
        tx.Commit();
        return d;
    }

    [Fact]
    public void RangeIndex_SeeksExactRangePrefixContainsEndsWith()
    {
        using var store = StoreWithPeople(out var ids);
        var name = CreateIndex(store, "name");
        var size = CreateIndex(store, "size");
        var s = store.Snapshot();
        Assert.Equal([ids[0]], s.SeekExact(name, "Alpha"));
        Assert.Equal([ids[0], ids[2]], s.SeekExact(size, 10)); // 10 and 10.0 are equal
        Assert.Equal([ids[0], ids[2]], s.SeekExact(size, 10.0));
        Assert.Equal([ids[1], ids[4], ids[0], ids[2]], s.SeekRange(size, 2, true, null, false));
        Assert.Equal([ids[3], ids[1]], s.SeekRange(size, null, false, 7, false));
        Assert.Empty(s.SeekRange(size, "a", true, null, false)); // strings never match a number index range
        Assert.Equal([ids[0], ids[2]], s.SeekRange(name, "A", true, "C", false));
        Assert.Equal([ids[1]], s.SeekPrefix(name, "alpha"));
        Assert.Equal([ids[3], ids[4]], s.SeekContains(name, "安全保障"));
        Assert.Equal([ids[0], ids[1], ids[2]], s.SeekContains(name, "a").Order());
        Assert.Equal([ids[4]], s.SeekEndsWith(name, "推進室"));
        Assert.Equal(5, s.ScanIndex(name).Count);
        Assert.Equal(new IndexStatistics(5, 4), s.GetIndexStatistics(size));
        Assert.Equal(name, s.FindIndex(EntityType.Node, s.GetLabelId("Org"), s.GetPropertyKeyId("name")));
    }

    [Fact]
    public void Index_InsideWriteTransaction_SeesOwnChanges_AndCommitMergesThem()
    {
        using var store = StoreWithPeople(out var ids);
        var name = CreateIndex(store, "name");
        using (var tx = store.BeginWrite())
        {
            var key = tx.GetPropertyKeyId("name");
            var n = Node(tx, "Org", ("name", "Alphorn"));
            tx.SetNodeProperty(ids[0], key, "Zeta");
            tx.RemoveLabel(ids[1], tx.GetLabelId("Org"));
            Assert.Equal([n], tx.SeekPrefix(name, "Alph"));
            Assert.Equal([ids[0]], tx.SeekExact(name, "Zeta"));
            Assert.Empty(tx.SeekExact(name, "Alpha"));
            Assert.Equal([ids[0]], tx.SeekContains(name, "et").Where(i => i == ids[0]));
            // the committed snapshot does not see any of it
            Assert.Equal([ids[0]], store.Snapshot().SeekExact(name, "Alpha"));
            tx.Commit();
            Assert.Equal([n], store.Snapshot().SeekPrefix(name, "Alph"));
        }
        var s = store.Snapshot();
        Assert.Equal([ids[0]], s.SeekExact(name, "Zeta"));
        Assert.Empty(s.SeekExact(name, "alphabet"));
        using (var tx = store.BeginWrite())
        {
            tx.DetachDeleteNode(ids[0]);
            tx.Commit();
        }
        Assert.Empty(store.Snapshot().SeekExact(name, "Zeta"));
    }

    [Fact]
    public void TextIndex_IndexesOnlyStrings()
    {
        using var store = GraphStore.CreateInMemory();
        long s1;
        using (var tx = store.BeginWrite())
        {
            s1 = Node(tx, "Org", ("code", "x1"));
            Node(tx, "Org", ("code", 5));
            tx.Commit();
        }
        var text = CreateIndex(store, "code", IndexType.Text);
        Assert.Equal("TEXT", text.TypeName);
        Assert.Equal([s1], store.Snapshot().ScanIndex(text));
    }

    [Fact]
    public void UniqueConstraint_RejectsDuplicates_WithNeo4jMessage()
    {
        using var store = GraphStore.CreateInMemory();
        using (var tx = store.BeginWrite())
        {
            var c = tx.CreateUniqueConstraint("org_id", EntityType.Node, "Organization", ["id"]);
            Assert.True(c.Changed);
            tx.Commit();
        }
        using (var tx = store.BeginWrite())
        {
            Node(tx, "Organization", ("id", "nss"));
            tx.Commit();
        }
        using (var tx = store.BeginWrite())
        {
            var e = Assert.Throws<ConstraintViolationException>(() => Node(tx, "Organization", ("id", "nss")));
            Assert.Equal("Node(0) already exists with label `Organization` and property `id` = 'nss'", e.Message);
            Assert.Equal(Neo4jStatusCodes.ConstraintValidationFailed, e.Code);
            Assert.True(tx.IsFailed);
        }
        using (var tx = store.BeginWrite())
        {
            // within one transaction too, and via a label added later
            var other = Node(tx, "Thing", ("id", "x"));
            Node(tx, "Organization", ("id", "x"));
            Assert.Throws<ConstraintViolationException>(() => tx.AddLabel(other, tx.GetLabelId("Organization")));
        }
        using (var tx = store.BeginWrite())
        {
            // moving the value from one node to another in one transaction is fine
            var key = tx.GetPropertyKeyId("id");
            tx.SetNodeProperty(0, key, "renamed");
            Node(tx, "Organization", ("id", "nss"));
            tx.Commit();
        }
        var s = store.Snapshot();
        var constraint = s.GetConstraint("org_id")!;
        Assert.Equal(1, s.FindUnique(constraint, "nss"));
        Assert.Equal(0, s.FindUnique(constraint, "renamed"));
        Assert.Equal(-1, s.FindUnique(constraint, "nope"));
        Assert.Equal(2, s.NodeCount);
    }

    [Fact]
    public void CreatingConstraint_OverDuplicates_FailsWithConstraintCreationFailed()
    {
        using var store = StoreWithPeople(out _);
        using var tx = store.BeginWrite();
        var e = Assert.Throws<CypherException>(() => tx.CreateUniqueConstraint("c", EntityType.Node, "Org", ["size"]));
        Assert.Equal(Neo4jStatusCodes.ConstraintCreationFailed, e.Code);
        Assert.Contains(
            "Both Node(0) and Node(2) have the label `Org` and property `size` = 10",
            e.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void SchemaClashes_UseNeo4jCodes()
    {
        using var store = GraphStore.CreateInMemory();
        using (var tx = store.BeginWrite())
        {
            tx.CreateIndex("idx", EntityType.Node, "L", ["p"]);
            tx.CreateUniqueConstraint("uniq", EntityType.Node, "L", ["q"]);
            tx.Commit();
        }
        void Expect(string code, Action<WriteTransaction> action)
        {
            using var tx = store.BeginWrite();
            var e = Assert.ThrowsAny<CypherException>(() => action(tx));
            Assert.Equal(code, e.Code);
        }
        Expect(
            Neo4jStatusCodes.EquivalentSchemaRuleAlreadyExists,
            tx => tx.CreateIndex("idx", EntityType.Node, "L", ["p"])
        );
        Expect(Neo4jStatusCodes.IndexAlreadyExists, tx => tx.CreateIndex("other", EntityType.Node, "L", ["p"]));
        Expect(Neo4jStatusCodes.IndexWithNameAlreadyExists, tx => tx.CreateIndex("idx", EntityType.Node, "M", ["p"]));
        Expect(
            Neo4jStatusCodes.ConstraintWithNameAlreadyExists,
            tx => tx.CreateIndex("uniq", EntityType.Node, "M", ["p"])
        );
        Expect(
            Neo4jStatusCodes.EquivalentSchemaRuleAlreadyExists,
            tx => tx.CreateUniqueConstraint("uniq", EntityType.Node, "L", ["q"])
        );
        Expect(
            Neo4jStatusCodes.ConstraintAlreadyExists,
            tx => tx.CreateUniqueConstraint("u2", EntityType.Node, "L", ["q"])
        );
        Expect(Neo4jStatusCodes.IndexAlreadyExists, tx => tx.CreateUniqueConstraint("u3", EntityType.Node, "L", ["p"]));
        Expect(Neo4jStatusCodes.IndexDropFailed, tx => tx.DropIndex("missing"));
        Expect(Neo4jStatusCodes.IndexDropFailed, tx => tx.DropIndex("uniq"));
        Expect(Neo4jStatusCodes.ConstraintDropFailed, tx => tx.DropConstraint("missing"));
        using (var tx = store.BeginWrite())
        {
            Assert.False(tx.CreateIndex("idx", EntityType.Node, "L", ["p"], ifNotExists: true).Changed);
            Assert.False(tx.CreateUniqueConstraint("uniq", EntityType.Node, "L", ["q"], ifNotExists: true).Changed);
            Assert.False(tx.DropIndex("missing", ifExists: true).Changed);
            Assert.True(tx.DropConstraint("uniq").Changed);
            tx.Commit();
        }
        var s = store.Snapshot();
        Assert.Empty(s.Constraints);
        Assert.Equal(["index_343aff4e", "index_f7700477", "idx"], s.Indexes.Select(i => i.Name));
        Assert.Equal(["LOOKUP", "LOOKUP", "RANGE"], s.Indexes.Select(i => i.TypeName));
    }

    [Fact]
    public void SchemaAndDataWrites_CannotBeMixed()
    {
        using var store = GraphStore.CreateInMemory();
        using var tx = store.BeginWrite();
        Node(tx, "A");
        var e = Assert.Throws<CypherException>(() => tx.CreateIndex(null, EntityType.Node, "A", ["p"]));
        Assert.Equal(Neo4jStatusCodes.ForbiddenDueToTransactionType, e.Code);
    }

    [Fact]
    public void RelationshipIndex_AndUniqueness()
    {
        using var store = GraphStore.CreateInMemory();
        using (var tx = store.BeginWrite())
        {
            tx.CreateUniqueConstraint(null, EntityType.Relationship, "FUNDS", ["ref"]);
            tx.Commit();
        }
        using var w = store.BeginWrite();
        var a = Node(w, "A");
        var r = Rel(w, a, "FUNDS", a, ("ref", 1));
        var e = Assert.Throws<ConstraintViolationException>(() => Rel(w, a, "FUNDS", a, ("ref", 1)));
        Assert.Equal($"Relationship({r}) already exists with type `FUNDS` and property `ref` = 1", e.Message);
    }

    [Fact]
    public void GeneratedNames_FollowNeo4jShape()
    {
        using var store = GraphStore.CreateInMemory();
        using var tx = store.BeginWrite();
        var d = tx.CreateIndex(null, EntityType.Node, "L", ["p"]).Descriptor!;
        Assert.Matches("^index_[0-9a-f]{8}$", d.Name);
        Assert.Equal(
            $"Index( id={d.Id}, name='{d.Name}', type='RANGE', schema=(:L {{p}}), indexProvider='range-1.0' )",
            d.Describe()
        );
        var c = tx.CreateUniqueConstraint(null, EntityType.Node, "L", ["q"]).Descriptor!;
        Assert.Matches("^constraint_[0-9a-f]{8}$", c.Name);
        Assert.Equal("UNIQUENESS", c.TypeName);
        _ = new CypherString("x");
    }
}
