using System.Globalization;
using EconSecGraph.Bolt.PackStream;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Hydration;

/// <summary>
/// Path 0x50: distinct nodes, distinct unbound relationships, and indices. Indices alternate a 1-based
/// relationship index (negative when traversed against its direction) and a 0-based node index; the
/// first node is implicit.
/// </summary>
public static class PathStructure
{
    public const byte Tag = StructureTags.Path;

    public static CypherPath Read(ref PackStreamReader reader, int fields, BoltValueFormat format, int depth)
    {
        BoltValueReader.ExpectFields("Path", fields, 3);
        var nodeCount = reader.ReadListHeader();
        var nodes = new CypherNode[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            nodes[i] =
                BoltValueReader.Read(ref reader, format, depth + 1) as CypherNode
                ?? throw new HydrationException("A Path's nodes must be Node structures.");
        }
        var relCount = reader.ReadListHeader();
        var rels = new UnboundRelationship[relCount];
        for (var i = 0; i < relCount; i++)
        {
            rels[i] = UnboundRelationshipStructure.Read(ref reader, format, depth + 1);
        }
        var indexCount = reader.ReadListHeader();
        if (indexCount % 2 != 0)
        {
            throw new HydrationException("A Path's indices must have even length (relationship, node pairs).");
        }
        if (nodeCount == 0)
        {
            throw new HydrationException("A Path has at least one node.");
        }
        var pathNodes = new List<CypherNode>(1 + (indexCount / 2)) { nodes[0] };
        var pathRels = new List<CypherRelationship>(indexCount / 2);
        var previous = nodes[0];
        for (var i = 0; i < indexCount; i += 2)
        {
            var relIndex = reader.ReadInteger();
            var nodeIndex = reader.ReadInteger();
            if (relIndex == 0 || Math.Abs(relIndex) > relCount)
            {
                throw new HydrationException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Path relationship index {relIndex} is out of range 1..{relCount}."
                    )
                );
            }
            if (nodeIndex < 0 || nodeIndex >= nodeCount)
            {
                throw new HydrationException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Path node index {nodeIndex} is out of range 0..{nodeCount - 1}."
                    )
                );
            }
            var next = nodes[nodeIndex];
            var rel = rels[Math.Abs(relIndex) - 1];
            var (start, end) = relIndex > 0 ? (previous, next) : (next, previous);
            pathRels.Add(
                new CypherRelationship(
                    rel.Id,
                    rel.ElementId,
                    start.Id,
                    start.ElementId,
                    end.Id,
                    end.ElementId,
                    rel.Type,
                    rel.Properties
                )
            );
            pathNodes.Add(next);
            previous = next;
        }
        return new CypherPath(pathNodes, pathRels);
    }

    public static void Write(PackStreamWriter writer, CypherPath path, BoltValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(path);
        var nodes = new List<CypherNode>();
        var nodeIndex = new Dictionary<CypherNode, int>();
        var rels = new List<CypherRelationship>();
        var relIndex = new Dictionary<CypherRelationship, int>();
        var indices = new List<long>(path.Relationships.Count * 2);
        IndexOf(path.Nodes[0], nodes, nodeIndex);
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var rel = path.Relationships[i];
            var index = IndexOf(rel, rels, relIndex) + 1;
            var forward =
                rel.StartNodeId == path.Nodes[i].Id
                && string.Equals(rel.StartNodeElementId, path.Nodes[i].ElementId, StringComparison.Ordinal);
            indices.Add(forward ? index : -index);
            indices.Add(IndexOf(path.Nodes[i + 1], nodes, nodeIndex));
        }
        writer.WriteStructureHeader(Tag, 3);
        writer.WriteListHeader(nodes.Count);
        foreach (var node in nodes)
        {
            NodeStructure.Write(writer, node, format);
        }
        writer.WriteListHeader(rels.Count);
        foreach (var rel in rels)
        {
            UnboundRelationshipStructure.Write(
                writer,
                new UnboundRelationship(rel.Id, rel.ElementId, rel.Type, rel.Properties),
                format
            );
        }
        writer.WriteListHeader(indices.Count);
        foreach (var index in indices)
        {
            writer.WriteInteger(index);
        }
    }

    private static int IndexOf<T>(T item, List<T> list, Dictionary<T, int> index)
        where T : notnull
    {
        if (!index.TryGetValue(item, out var i))
        {
            i = list.Count;
            list.Add(item);
            index[item] = i;
        }
        return i;
    }
}
