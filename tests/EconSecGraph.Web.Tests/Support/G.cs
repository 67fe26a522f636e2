using EconSecGraph.Graph.Values;

namespace EconSecGraph.Web.Tests.Support;

/// <summary>Small builders for nodes and relationships in unit tests.</summary>
internal static class G
{
    private static long s_next = 100;

    public static CypherNode Node(string id, string label, params (string Key, CypherValue Value)[] properties)
    {
        var props = new Dictionary<string, CypherValue>(StringComparer.Ordinal) { ["id"] = id };
        foreach (var (key, value) in properties)
        {
            props[key] = value;
        }
        var n = Interlocked.Increment(ref s_next);
        return new CypherNode(n, "4:test:" + n, ["Entity", label], props);
    }

    public static CypherRelationship Rel(
        CypherNode from,
        string type,
        CypherNode to,
        params (string Key, CypherValue Value)[] properties
    )
    {
        var props = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            props[key] = value;
        }
        var n = Interlocked.Increment(ref s_next);
        return new CypherRelationship(n, "5:test:" + n, from.Id, from.ElementId, to.Id, to.ElementId, type, props);
    }

    public static CypherList List(params string[] items) => new(items.Select(i => (CypherValue)i));
}
