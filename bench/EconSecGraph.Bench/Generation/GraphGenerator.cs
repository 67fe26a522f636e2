using System.Globalization;
using System.Text;

namespace EconSecGraph.Bench.Generation;

/// <summary>
/// A seeded scale-free graph by preferential attachment (Barabási–Albert): every new node links to
/// <see cref="EdgesPerNode"/> distinct earlier nodes chosen with probability proportional to degree.
/// Output: <c>nodes.csv</c> (id,label,name) and <c>edges.csv</c> (src,dst,type).
/// </summary>
public sealed class GraphGenerator(int nodeCount, int seed)
{
    public const int EdgesPerNode = 5;

    public int NodeCount { get; } = nodeCount;

    public int Seed { get; } = seed;

    public GeneratedGraph Generate()
    {
        if (NodeCount <= EdgesPerNode)
        {
            throw new ArgumentOutOfRangeException(nameof(nodeCount), $"Need more than {EdgesPerNode} nodes.");
        }
        var random = new Random(Seed);
        var labels = new byte[NodeCount];
        var names = new string[NodeCount];
        var labelTable = BuildLabelTable();
        for (var i = 0; i < NodeCount; i++)
        {
            labels[i] = labelTable[random.Next(labelTable.Length)];
            names[i] = MakeName(random, i);
        }

        var edgeCapacity =
            (long)(NodeCount - EdgesPerNode - 1) * EdgesPerNode + (EdgesPerNode * (EdgesPerNode + 1) / 2);
        var src = new int[edgeCapacity];
        var dst = new int[edgeCapacity];
        var types = new byte[edgeCapacity];
        // endpoints of every edge so far: picking uniformly from it is picking proportionally to degree
        var endpoints = new int[edgeCapacity * 2];
        long edges = 0;
        long endpointCount = 0;

        // a small clique to start from
        for (var a = 0; a <= EdgesPerNode; a++)
        {
            for (var b = 0; b < a; b++)
            {
                AddEdge(a, b);
            }
        }
        Span<int> chosen = stackalloc int[EdgesPerNode];
        for (var node = EdgesPerNode + 1; node < NodeCount; node++)
        {
            var count = 0;
            while (count < EdgesPerNode)
            {
                var candidate = endpoints[random.NextInt64(endpointCount)];
                if (chosen[..count].Contains(candidate))
                {
                    continue;
                }
                chosen[count++] = candidate;
            }
            foreach (var target in chosen)
            {
                AddEdge(node, target);
            }
        }
        return new GeneratedGraph(labels, names, src[..(int)edges], dst[..(int)edges], types[..(int)edges]);

        void AddEdge(int from, int to)
        {
            src[edges] = from;
            dst[edges] = to;
            types[edges] = (byte)random.Next(GraphSpec.Types.Length);
            edges++;
            endpoints[endpointCount++] = from;
            endpoints[endpointCount++] = to;
        }
    }

    private static byte[] BuildLabelTable()
    {
        var table = new List<byte>();
        for (var i = 0; i < GraphSpec.Labels.Length; i++)
        {
            table.AddRange(Enumerable.Repeat((byte)i, GraphSpec.Labels[i].Weight));
        }
        return [.. table];
    }

    private static string MakeName(Random random, int id)
    {
        var sb = new StringBuilder(24);
        sb.Append(GraphSpec.JapaneseParts[random.Next(GraphSpec.JapaneseParts.Length)]);
        sb.Append(GraphSpec.JapaneseParts[random.Next(GraphSpec.JapaneseParts.Length)]);
        sb.Append(' ');
        sb.Append(GraphSpec.LatinParts[random.Next(GraphSpec.LatinParts.Length)]);
        sb.Append(' ');
        sb.Append(id.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
