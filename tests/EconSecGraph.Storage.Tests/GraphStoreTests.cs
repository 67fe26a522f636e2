using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using static EconSecGraph.Storage.Tests.TestGraph;

namespace EconSecGraph.Storage.Tests;

public class GraphStoreTests
{
    [Fact]
    public void CreateNode_WithLabelsAndProperties_IsVisibleAfterCommit()
    {
        using var store = GraphStore.CreateInMemory();
        long id;
        using (var tx = store.BeginWrite())
        {
            id = Node(tx, "Organization", ("name", "国家安全保障局"), ("since", 2014));
            tx.Commit();
        }
        var s = store.Snapshot();
        Assert.True(s.NodeExists(id));
        Assert.Equal(1, s.NodeCount);
        var org = s.GetLabelId("Organization");
        Assert.True(s.HasLabel(id, org));
        Assert.Equal([org], s.GetLabels(id).ToArray());
        Assert.Equal(new CypherString("国家安全保障局"), s.GetNodeProperty(id, s.GetPropertyKeyId("name")));
        Assert.Equal(CypherInteger.Of(2014), s.GetNodeProperty(id, s.GetPropertyKeyId("since")));
        Assert.True(s.TryGetNodeString(id, s.GetPropertyKeyId("name"), out var chars));
        Assert.Equal("国家安全保障局", chars.ToString());
        Assert.Equal(CypherValue.Null, s.GetNodeProperty(id, s.GetPropertyKeyId("missing")));
        Assert.Equal(1, s.CountNodes(org));
    }

    [Fact]
    public void Relationships_ByDirectionAndType_AreGroupedAndComplete()
    {
        using var store = GraphStore.CreateInMemory();
        long a,
            b,
            c;
        using (var tx = store.BeginWrite())
        {
            a = Node(tx, "A");
            b = Node(tx, "B");
            c = Node(tx, "B");
            Rel(tx, a, "FUNDS", b);
            Rel(tx, a, "OVERSEES", c);
            Rel(tx, a, "FUNDS", c);
            Rel(tx, c, "FUNDS", a);
            Rel(tx, a, "LOOP", a);
            tx.Commit();
        }
        var s = store.Snapshot();
        var funds = s.GetRelationshipTypeId("FUNDS");
        Assert.Equal(4, Rels(s, a, Direction.Outgoing).Count);
        Assert.Equal([b, c], Rels(s, a, Direction.Outgoing, funds).Select(e => e.OtherNodeId).Order());
        Assert.Equal([c], Rels(s, a, Direction.Incoming, funds).Select(e => e.OtherNodeId));
        // the self-loop appears once in Both
        Assert.Equal(5, Rels(s, a, Direction.Both).Count);
        Assert.Equal(5, s.GetDegree(a, Direction.Both));
        Assert.True(s.TryGetAdjacency(a, Direction.Outgoing, funds, out var span));
        Assert.Equal(2, span.Length);
        Assert.Equal(5, s.RelationshipCount);
        Assert.Equal(3, s.CountRelationships(-1, funds, -1));
        Assert.Equal(2, s.CountRelationships(s.GetLabelId("A"), funds, -1));
        Assert.Equal(2, s.CountRelationships(-1, funds, s.GetLabelId("B")));
        var multi = s.GetRelationships(a, Direction.Outgoing, [funds, s.GetRelationshipTypeId("OVERSEES")]);
        var n = 0;
        while (multi.MoveNext())
        {
            n++;
        }
        Assert.Equal(3, n);
        Assert.Empty(Rels(s, a, Direction.Outgoing, s.GetRelationshipTypeId("NOPE")));
    }

    [Fact]
    public void WriteTransaction_SeesOwnWrites_MixedWithCommittedAdjacency()
    {
        using var store = GraphStore.CreateInMemory();
        long a,
            b;
        long r1;
        using (var tx = store.BeginWrite())
        {
            a = Node(tx, "A");
            b = Node(tx, "A");
            r1 = Rel(tx, a, "T", b);
            tx.Commit();
        }
        using (var tx = store.BeginWrite())
        {
            var r2 = Rel(tx, a, "T", b);
            var r3 = Rel(tx, b, "U", a);
            tx.DeleteRelationship(r1);
            Assert.False(tx.TryGetAdjacency(a, Direction.Outgoing, out _));
            Assert.Equal([r2], Rels(tx, a, Direction.Outgoing).Select(e => e.RelationshipId));
            Assert.Equal([r3], Rels(tx, a, Direction.Incoming).Select(e => e.RelationshipId));
            Assert.Equal(2, tx.GetDegree(a, Direction.Both));
            // the committed snapshot is unchanged while the writer works
            Assert.Equal([r1], Rels(store.Snapshot(), a, Direction.Outgoing).Select(e => e.RelationshipId));
            tx.Commit();
        }
        var s = store.Snapshot();
        Assert.False(s.RelationshipExists(r1));
        Assert.Equal(2, s.RelationshipCount);
        Assert.Single(Rels(s, a, Direction.Outgoing));
    }

    [Fact]
    public void Rollback_LeavesNoTrace()
    {
        using var store = GraphStore.CreateInMemory();
        long a;
        using (var tx = store.BeginWrite())
        {
            a = Node(tx, "Keep", ("x", 1));
            tx.Commit();
        }
        using (var tx = store.BeginWrite())
        {
            var b = Node(tx, "Temp", ("y", "gone"));
            Rel(tx, a, "R", b);
            tx.SetNodeProperty(a, tx.GetOrCreatePropertyKeyId("x"), 2);
            tx.AddLabel(a, tx.GetOrCreateLabelId("Extra"));
            tx.Rollback();
        }
        var s = store.Snapshot();
        Assert.Equal(1, s.NodeCount);
        Assert.Equal(0, s.RelationshipCount);
        Assert.Equal(-1, s.GetLabelId("Temp"));
        Assert.Equal(-1, s.GetLabelId("Extra"));
        Assert.Equal(-1, s.GetPropertyKeyId("y"));
        Assert.Equal(-1, s.GetRelationshipTypeId("R"));
        Assert.Equal(CypherInteger.Of(1), s.GetNodeProperty(a, s.GetPropertyKeyId("x")));
        Assert.Single(s.GetLabels(a).ToArray());
        // ids are handed out again after a rollback; nothing was ever visible with them
        using var next = store.BeginWrite();
        Assert.Equal(1, next.CreateNode([]));
    }

    [Fact]
    public void DeleteNode_WithRelationships_FailsAtCommitLikeNeo4j()
    {
        using var store = GraphStore.CreateInMemory();
        long a,
            b;
        using (var tx = store.BeginWrite())
        {
            a = Node(tx, "A");
            b = Node(tx, "B");
            Rel(tx, a, "R", b);
            tx.Commit();
        }
        var w = store.BeginWrite();
        w.DeleteNode(a);
        var e = Assert.Throws<ConstraintViolationException>(w.Commit);
        Assert.Equal(Neo4jStatusCodes.ConstraintValidationFailed, e.Code);
        Assert.Equal(
            "Cannot delete node<0>, because it still has relationships. To delete this node, you must first delete its relationships.",
            e.Message
        );
        Assert.True(store.Snapshot().NodeExists(a));
        using (var tx = store.BeginWrite())
        {
            Assert.Equal(1, tx.DetachDeleteNode(a));
            tx.Commit();
        }
        var s = store.Snapshot();
        Assert.False(s.NodeExists(a));
        Assert.Equal(0, s.RelationshipCount);
        Assert.Empty(Rels(s, b, Direction.Both));
        Assert.Equal(0, s.CountRelationships());
    }

    [Fact]
    public void SetProperty_Null_Removes_AndInvalidValuesAreRefused()
    {
        using var store = GraphStore.CreateInMemory();
        using var tx = store.BeginWrite();
        var n = Node(tx, "A", ("p", 1));
        var key = tx.GetPropertyKeyId("p");
        Assert.True(tx.SetNodeProperty(n, key, CypherValue.Null));
        Assert.False(tx.NodeHasProperty(n, key));
        Assert.False(tx.RemoveNodeProperty(n, key));
        var map = CypherValue.From(new Dictionary<string, object?> { ["a"] = 1 });
        var e = Assert.Throws<CypherTypeException>(() => tx.SetNodeProperty(n, key, map));
        Assert.StartsWith(
            "Property values can only be of primitive types or arrays thereof",
            e.Message,
            StringComparison.Ordinal
        );
        Assert.Equal(Neo4jStatusCodes.TypeError, e.Code);
        Assert.True(tx.IsFailed);
        Assert.Throws<CypherException>(tx.Commit);
    }

    [Theory]
    [InlineData("mixed")]
    [InlineData("nulls")]
    [InlineData("nested")]
    public void PropertyValues_BadLists_AreRefusedWithNeo4jMessages(string kind)
    {
        CypherValue value = kind switch
        {
            "mixed" => new CypherList([CypherInteger.Of(1), new CypherString("a")]),
            "nulls" => new CypherList([CypherInteger.Of(1), CypherValue.Null]),
            _ => new CypherList([new CypherList([CypherInteger.Of(1)])]),
        };
        var e = Assert.Throws<CypherTypeException>(() => PropertyValues.Validate(value));
        Assert.Contains("can not be stored in properties", e.Message, StringComparison.Ordinal);
        Assert.True(PropertyValues.IsStorable(new CypherList([new CypherString("a"), new CypherString("b")])));
        Assert.True(PropertyValues.IsStorable(new CypherDate(1)));
    }

    [Fact]
    public void AllValueKinds_RoundTripThroughPropertyRecords()
    {
        using var store = GraphStore.CreateInMemory();
        CypherValue[] values =
        [
            CypherBoolean.True,
            CypherInteger.Of(long.MinValue),
            new CypherFloat(-0.5),
            new CypherString("ＮＳＳ（国家安全保障局）"),
            new CypherBytes(new byte[] { 1, 2, 3 }),
            new CypherDate(19000),
            new CypherLocalTime(3_600_000_000_123),
            new CypherTime(1000, 3600),
            new CypherLocalDateTime(1_700_000_000, 5),
            new CypherDateTime(1_700_000_000, 7, 32400, "Asia/Tokyo"),
            new CypherDuration(14, 3, 4000, 5),
            new CypherPoint(CypherPoint.Wgs84_3D, 139.7, 35.6, 10),
            new CypherList([CypherInteger.Of(1), CypherInteger.Of(2)]),
        ];
        using var tx = store.BeginWrite();
        var props = values
            .Select((v, i) => new KeyValuePair<int, CypherValue>(tx.GetOrCreatePropertyKeyId("k" + i), v))
            .ToList();
        var n = tx.CreateNode([], props);
        tx.Commit();
        var s = store.Snapshot();
        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(values[i], s.GetNodeProperty(n, s.GetPropertyKeyId("k" + i)));
        }
        Assert.Equal(values.Length, s.GetNodeProperties(n).Count);
    }

    [Fact]
    public void Labels_AddRemove_UpdateScansAndCounts()
    {
        using var store = GraphStore.CreateInMemory();
        using (var tx = store.BeginWrite())
        {
            for (var i = 0; i < 10_000; i++)
            {
                Node(tx, i % 3 == 0 ? "Three" : "Other");
            }
            tx.Commit();
        }
        var s = store.Snapshot();
        var three = s.GetLabelId("Three");
        Assert.Equal(3334, Nodes(s.NodesWithLabel(three)).Count);
        Assert.Equal(3334, s.CountNodes(three));
        Assert.Equal(10_000, Nodes(s.AllNodes()).Count);
        using (var tx = store.BeginWrite())
        {
            Assert.True(tx.RemoveLabel(0, three));
            Assert.False(tx.RemoveLabel(0, three));
            Assert.True(tx.AddLabel(1, three));
            Assert.Equal(3334, Nodes(tx.NodesWithLabel(three)).Count);
            Assert.DoesNotContain(0L, Nodes(tx.NodesWithLabel(three)));
            tx.Commit();
        }
        Assert.Contains(0L, Nodes(s.NodesWithLabel(three)));
        Assert.DoesNotContain(0L, Nodes(store.Snapshot().NodesWithLabel(three)));
    }

    [Fact]
    public void ElementIds_FormatAndParse()
    {
        using var store = GraphStore.CreateInMemory();
        var e = ElementIds.FormatNode(store.StoreId, 42);
        Assert.Equal("4:" + store.StoreId + ":42", e);
        Assert.True(ElementIds.TryParseNode(e, store.StoreId, out var id));
        Assert.Equal(42, id);
        Assert.False(ElementIds.TryParseRelationship(e, store.StoreId, out _));
        Assert.False(ElementIds.TryParseNode("4:other:42", store.StoreId, out _));
        Assert.False(ElementIds.TryParseNode("4:" + store.StoreId + ":x", store.StoreId, out _));
        Assert.True(
            ElementIds.TryParseRelationship(ElementIds.FormatRelationship(store.StoreId, 7), store.StoreId, out var r)
        );
        Assert.Equal(7, r);
    }

    [Fact]
    public void BeginWrite_WhileAnotherWriterRuns_TimesOutWithTransientError()
    {
        using var store = GraphStore.CreateInMemory();
        using var first = store.BeginWrite();
        var e = Assert.Throws<CypherException>(() => store.BeginWrite(TimeSpan.FromMilliseconds(10)));
        Assert.Equal(Neo4jStatusCodes.LockAcquisitionTimeout, e.Code);
        first.Rollback();
        using var second = store.BeginWrite(TimeSpan.FromSeconds(1));
        Assert.True(second.IsActive);
    }
}
