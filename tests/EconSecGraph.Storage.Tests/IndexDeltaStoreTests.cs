using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.Schema;

namespace EconSecGraph.Storage.Tests;

/// <summary>
/// Index seeks through the store after many small commits (whose changes live in the indexes' deltas
/// and get folded into new bases) against a model, inside write transactions and on old snapshots.
/// </summary>
public sealed class IndexDeltaStoreTests
{
    private sealed record Row(long? Id, string? Name);

    [Fact]
    public void Seeks_AfterManySmallCommits_MatchAModel()
    {
        var random = new Random(17);
        using var store = GraphStore.CreateInMemory();
        int label,
            idKey,
            nameKey;
        IndexDescriptor nameIndex,
            idIndex;
        ConstraintDescriptor unique;
        using (var tx = store.BeginWrite())
        {
            label = tx.GetOrCreateLabelId("N");
            idKey = tx.GetOrCreatePropertyKeyId("id");
            nameKey = tx.GetOrCreatePropertyKeyId("name");
            unique = tx.CreateUniqueConstraint(null, EntityType.Node, "N", ["id"]).Descriptor!;
            nameIndex = tx.CreateIndex(null, EntityType.Node, "N", ["name"]).Descriptor!;
            tx.Commit();
        }
        idIndex = store.Snapshot().Indexes.First(i => i.Type == IndexType.Range && i.Properties[0] == "id");
        var model = new Dictionary<long, Row>();
        var old = new List<(GraphSnapshot Snapshot, Dictionary<long, Row> Model)>();
        var violations = 0;
        var fresh = 4000;
        var bases = new HashSet<object>(ReferenceEqualityComparer.Instance);
        for (var commit = 0; commit < 500; commit++)
        {
            var view = new Dictionary<long, Row>(model);
            using var tx = store.BeginWrite();
            var bulk = commit % 25 == 0;
            var edits = bulk ? 300 : random.Next(1, 16);
            var failed = false;
            for (var e = 0; e < edits && !failed; e++)
            {
                var nodes = view.Keys.ToList();
                var node = nodes.Count > 0 ? nodes[random.Next(nodes.Count)] : -1;
                try
                {
                    switch (node < 0 || bulk ? 0 : random.Next(6))
                    {
                        case 0:
                        case 1:
                        {
                            // bulk commits create nodes with fresh ids, the others may clash
                            var row = new Row(
                                random.Next(5) == 0 ? null
                                    : bulk ? fresh++
                                    : random.Next(4000),
                                RandomName(random)
                            );
                            var props = new List<KeyValuePair<int, CypherValue>>();
                            if (row.Id is { } id)
                            {
                                props.Add(new(idKey, CypherInteger.Of(id)));
                            }
                            if (row.Name is { } name)
                            {
                                props.Add(new(nameKey, new CypherString(name)));
                            }
                            view[tx.CreateNode([label], props)] = row;
                            break;
                        }
                        case 2:
                        {
                            var name = RandomName(random);
                            tx.SetNodeProperty(node, nameKey, name is null ? CypherValue.Null : new CypherString(name));
                            view[node] = view[node] with { Name = name };
                            break;
                        }
                        case 3:
                        {
                            long id = random.Next(4000);
                            tx.SetNodeProperty(node, idKey, CypherInteger.Of(id));
                            view[node] = view[node] with { Id = id };
                            break;
                        }
                        case 4:
                            tx.DetachDeleteNode(node);
                            view.Remove(node);
                            break;
                        default:
                            // label off and on again: entries leave and come back in one transaction
                            tx.RemoveLabel(node, label);
                            tx.AddLabel(node, label);
                            break;
                    }
                }
                catch (ConstraintViolationException)
                {
                    failed = true;
                    violations++;
                }
            }
            if (failed)
            {
                tx.Rollback();
                continue;
            }
            if (commit % 7 == 0)
            {
                Check(tx, view, nameIndex, idIndex, unique, random); // committed entries + this transaction's changes
            }
            tx.Commit();
            model = view;
            var snapshot = store.Snapshot();
            Check(snapshot, model, nameIndex, idIndex, unique, random);
            bases.Add(snapshot.S.Schema.Indexes.First(i => i.Descriptor.Id == nameIndex.Id).Base);
            if (commit % 50 == 0)
            {
                old.Add((snapshot, model));
            }
        }
        Assert.True(violations > 10, $"only {violations} uniqueness violations");
        Assert.True(model.Count > 3000, $"only {model.Count} nodes");
        Assert.True(bases.Count > 1, "the name index's delta was never folded into a new base");
        foreach (var (snapshot, expected) in old)
        {
            Check(snapshot, expected, nameIndex, idIndex, unique, random);
        }
    }

    private static void Check(
        GraphView view,
        Dictionary<long, Row> model,
        IndexDescriptor nameIndex,
        IndexDescriptor idIndex,
        ConstraintDescriptor unique,
        Random random
    )
    {
        var byName = model
            .Where(kv => kv.Value.Name is not null)
            .Select(kv => (Key: kv.Value.Name!, Node: kv.Key))
            .OrderBy(x => x.Key, StringComparer.Ordinal)
            .ThenBy(x => x.Node)
            .ToList();
        var byId = model
            .Where(kv => kv.Value.Id is not null)
            .Select(kv => (Key: kv.Value.Id!.Value, Node: kv.Key))
            .OrderBy(x => x.Key)
            .ThenBy(x => x.Node)
            .ToList();
        Assert.Equal(byName.Select(x => x.Node), view.ScanIndex(nameIndex));
        Assert.Equal(byId.Select(x => x.Node), view.ScanIndex(idIndex));
        if (view is GraphSnapshot)
        {
            // statistics count committed entries only
            Assert.Equal(
                new IndexStatistics(byName.Count, byName.Select(x => x.Key).Distinct(StringComparer.Ordinal).Count()),
                view.GetIndexStatistics(nameIndex)
            );
            Assert.Equal(new IndexStatistics(byId.Count, byId.Count), view.GetIndexStatistics(idIndex));
        }
        for (var probe = 0; probe < 6; probe++)
        {
            var s = RandomName(random) ?? string.Empty;
            Assert.Equal(
                byName.Where(x => string.Equals(x.Key, s, StringComparison.Ordinal)).Select(x => x.Node),
                view.SeekExact(nameIndex, new CypherString(s))
            );
            Assert.Equal(
                byName.Where(x => x.Key.StartsWith(s, StringComparison.Ordinal)).Select(x => x.Node),
                view.SeekPrefix(nameIndex, s)
            );
            var contains = byName.Where(x => x.Key.Contains(s, StringComparison.Ordinal)).Select(x => x.Node);
            Assert.Equal(contains, view.SeekContains(nameIndex, s));
            Assert.Equal(contains, view.EnumerateContains(nameIndex, s));
            // from the base run's bigram postings (waited for, or while they are built in the background)
            Assert.Equal(contains, view.SeekContains(nameIndex, s, postingsChars: 1, waitForPostings: true));
            Assert.Equal(contains, view.EnumerateContains(nameIndex, s, postingsChars: 1, waitForPostings: true));
            Assert.Equal(contains, view.EnumerateContains(nameIndex, s, postingsChars: 1, waitForPostings: false));
            Assert.Equal(
                contains.Take(3),
                view.EnumerateContains(nameIndex, s, postingsChars: 1, waitForPostings: true).Take(3)
            );
            // the count without enumerating: on every committed state (in parts and from postings, too); a transaction that
            // changed the index enumerates instead
            var counted = view.CountContains(nameIndex, s);
            if (view is GraphSnapshot && s.Length > 0)
            {
                Assert.NotNull(counted);
            }
            if (counted is not null)
            {
                Assert.Equal(contains.Count(), counted);
                Assert.Equal(
                    counted,
                    view.CountContains(
                        nameIndex,
                        s,
                        parallelChars: 1,
                        postingsChars: int.MaxValue,
                        waitForPostings: false
                    )
                );
                // postings built in the background: scanned in parts until they are there
                Assert.Equal(
                    counted,
                    view.CountContains(nameIndex, s, parallelChars: 1, postingsChars: 1, waitForPostings: false)
                );
                Assert.Equal(
                    counted,
                    view.CountContains(
                        nameIndex,
                        s,
                        parallelChars: int.MaxValue,
                        postingsChars: 1,
                        waitForPostings: true
                    )
                );
            }
            Assert.Equal(
                byName.Where(x => x.Key.EndsWith(s, StringComparison.Ordinal)).Select(x => x.Node),
                view.SeekEndsWith(nameIndex, s)
            );
            var hi = RandomName(random) ?? "c";
            Assert.Equal(
                byName
                    .Where(x => string.CompareOrdinal(x.Key, s) > 0 && string.CompareOrdinal(x.Key, hi) <= 0)
                    .Select(x => x.Node),
                view.SeekRange(nameIndex, new CypherString(s), false, new CypherString(hi), true)
            );
            long id = random.Next(4000);
            var holder = byId.Where(x => x.Key == id).Select(x => x.Node).ToList();
            Assert.Equal(holder, view.SeekExact(idIndex, CypherInteger.Of(id)));
            Assert.Equal(holder.Count > 0 ? holder[0] : -1, view.FindUnique(unique, CypherInteger.Of(id)));
            Assert.Equal(
                byId.Where(x => x.Key >= id && x.Key < id + 300).Select(x => x.Node),
                view.SeekRange(idIndex, CypherInteger.Of(id), true, CypherInteger.Of(id + 300), false)
            );
        }
    }

    // short names from a small alphabet: shared prefixes, substrings, equal names; sometimes none
    private static string? RandomName(Random random) =>
        random.Next(8) == 0
            ? null
            : new string([.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => (char)('a' + random.Next(3)))]);
}
