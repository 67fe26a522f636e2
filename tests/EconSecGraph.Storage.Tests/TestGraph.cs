using EconSecGraph.Graph.Values;

namespace EconSecGraph.Storage.Tests;

/// <summary>Small helpers for building graphs in tests.</summary>
internal static class TestGraph
{
    public static GraphStoreOptions Fast => new() { SyncOnCommit = false };

    public static List<KeyValuePair<int, CypherValue>> Props(
        WriteTransaction tx,
        params (string Key, CypherValue Value)[] props
    ) => [.. props.Select(p => new KeyValuePair<int, CypherValue>(tx.GetOrCreatePropertyKeyId(p.Key), p.Value))];

    public static long Node(WriteTransaction tx, string label, params (string Key, CypherValue Value)[] props) =>
        tx.CreateNode([tx.GetOrCreateLabelId(label)], Props(tx, props));

    public static long Rel(
        WriteTransaction tx,
        long a,
        string type,
        long b,
        params (string Key, CypherValue Value)[] props
    ) => tx.CreateRelationship(a, tx.GetOrCreateRelationshipTypeId(type), b, Props(tx, props));

    public static List<RelationshipEntry> Rels(GraphView view, long node, Direction direction, int? type = null)
    {
        var list = new List<RelationshipEntry>();
        var cursor = type is null
            ? view.GetRelationships(node, direction)
            : view.GetRelationships(node, direction, type.Value);
        while (cursor.MoveNext())
        {
            list.Add(cursor.Current);
        }
        return list;
    }

    public static List<long> Nodes(this GraphView view, NodeScan scan)
    {
        _ = view;
        return Nodes(scan);
    }

    public static List<long> Nodes(NodeScan scan)
    {
        var list = new List<long>();
        while (scan.MoveNext())
        {
            list.Add(scan.Current);
        }
        return list;
    }

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "esg-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
