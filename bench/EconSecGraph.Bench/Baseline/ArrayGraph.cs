using System.Globalization;
using System.Text;

namespace EconSecGraph.Bench.Baseline;

/// <summary>
/// The practical hardware limit: the graph as plain arrays — labels, names, and undirected CSR
/// adjacency (offsets + neighbour ids + edge types) — plus a sorted name index for prefix search.
/// </summary>
public sealed class ArrayGraph
{
    private ArrayGraph(
        byte[] labels,
        string[] names,
        int[] offsets,
        int[] neighbours,
        byte[] edgeTypes,
        string[] labelNames,
        string[] typeNames
    )
    {
        Labels = labels;
        Names = names;
        Offsets = offsets;
        Neighbours = neighbours;
        EdgeTypes = edgeTypes;
        LabelNames = labelNames;
        TypeNames = typeNames;
        SortedNames = Enumerable.Range(0, names.Length).Select(i => i).ToArray();
        Array.Sort(SortedNames, (a, b) => string.CompareOrdinal(names[a], names[b]));
    }

    public byte[] Labels { get; }
    public string[] Names { get; }
    public int[] Offsets { get; }
    public int[] Neighbours { get; }
    public byte[] EdgeTypes { get; }
    public string[] LabelNames { get; }
    public string[] TypeNames { get; }

    /// <summary>Node ids ordered by name (ordinal), for prefix ranges.</summary>
    public int[] SortedNames { get; }

    public int NodeCount => Labels.Length;

    public ReadOnlySpan<int> NeighboursOf(int node) =>
        Neighbours.AsSpan(Offsets[node], Offsets[node + 1] - Offsets[node]);

    /// <summary>Parses nodes.csv and edges.csv (as written by the generator) and builds CSR adjacency.</summary>
    public static ArrayGraph Load(string directory)
    {
        var labelIds = new Dictionary<string, byte>(StringComparer.Ordinal);
        var labelNames = new List<string>();
        var labels = new List<byte>();
        var names = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(directory, "nodes.csv"), Encoding.UTF8).Skip(1))
        {
            var c1 = line.IndexOf(',', StringComparison.Ordinal);
            var c2 = line.IndexOf(',', c1 + 1);
            var id = int.Parse(line.AsSpan(0, c1), NumberStyles.None, CultureInfo.InvariantCulture);
            if (id != labels.Count)
            {
                throw new InvalidDataException($"nodes.csv: expected id {labels.Count}, found {id}.");
            }
            var label = line[(c1 + 1)..c2];
            if (!labelIds.TryGetValue(label, out var lid))
            {
                lid = (byte)labelNames.Count;
                labelIds[label] = lid;
                labelNames.Add(label);
            }
            labels.Add(lid);
            names.Add(line[(c2 + 1)..]);
        }
        var n = labels.Count;
        var typeIds = new Dictionary<string, byte>(StringComparer.Ordinal);
        var typeNames = new List<string>();
        var src = new List<int>();
        var dst = new List<int>();
        var types = new List<byte>();
        foreach (var line in File.ReadLines(Path.Combine(directory, "edges.csv"), Encoding.UTF8).Skip(1))
        {
            var c1 = line.IndexOf(',', StringComparison.Ordinal);
            var c2 = line.IndexOf(',', c1 + 1);
            src.Add(int.Parse(line.AsSpan(0, c1), NumberStyles.None, CultureInfo.InvariantCulture));
            dst.Add(int.Parse(line.AsSpan(c1 + 1, c2 - c1 - 1), NumberStyles.None, CultureInfo.InvariantCulture));
            var type = line[(c2 + 1)..];
            if (!typeIds.TryGetValue(type, out var tid))
            {
                tid = (byte)typeNames.Count;
                typeIds[type] = tid;
                typeNames.Add(type);
            }
            types.Add(tid);
        }
        var offsets = new int[n + 1];
        for (var e = 0; e < src.Count; e++)
        {
            offsets[src[e] + 1]++;
            offsets[dst[e] + 1]++;
        }
        for (var i = 0; i < n; i++)
        {
            offsets[i + 1] += offsets[i];
        }
        var fill = (int[])offsets.Clone();
        var neighbours = new int[src.Count * 2];
        var edgeTypes = new byte[src.Count * 2];
        for (var e = 0; e < src.Count; e++)
        {
            var a = fill[src[e]]++;
            neighbours[a] = dst[e];
            edgeTypes[a] = types[e];
            var b = fill[dst[e]]++;
            neighbours[b] = src[e];
            edgeTypes[b] = types[e];
        }
        return new ArrayGraph([.. labels], [.. names], offsets, neighbours, edgeTypes, [.. labelNames], [.. typeNames]);
    }
}
