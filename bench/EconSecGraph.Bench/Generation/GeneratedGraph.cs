using System.Globalization;
using System.Text;

namespace EconSecGraph.Bench.Generation;

/// <summary>A generated graph held in arrays; node i has id i.</summary>
public sealed record GeneratedGraph(byte[] Labels, string[] Names, int[] Sources, int[] Targets, byte[] Types)
{
    public int NodeCount => Labels.Length;

    public int EdgeCount => Sources.Length;

    public string LabelOf(int node) => GraphSpec.Labels[Labels[node]].Label;

    /// <summary>Writes <c>nodes.csv</c> and <c>edges.csv</c> (UTF-8, header row, RFC 4180 quoting where needed).</summary>
    public void WriteCsv(string directory)
    {
        Directory.CreateDirectory(directory);
        using (
            var nodes = new StreamWriter(Path.Combine(directory, "nodes.csv"), false, new UTF8Encoding(false), 1 << 20)
        )
        {
            nodes.Write("id,label,name\n");
            for (var i = 0; i < NodeCount; i++)
            {
                nodes.Write(i.ToString(CultureInfo.InvariantCulture));
                nodes.Write(',');
                nodes.Write(LabelOf(i));
                nodes.Write(',');
                nodes.Write(Names[i]);
                nodes.Write('\n');
            }
        }
        using var edges = new StreamWriter(
            Path.Combine(directory, "edges.csv"),
            false,
            new UTF8Encoding(false),
            1 << 20
        );
        edges.Write("src,dst,type\n");
        for (var e = 0; e < EdgeCount; e++)
        {
            edges.Write(Sources[e].ToString(CultureInfo.InvariantCulture));
            edges.Write(',');
            edges.Write(Targets[e].ToString(CultureInfo.InvariantCulture));
            edges.Write(',');
            edges.Write(GraphSpec.Types[Types[e]]);
            edges.Write('\n');
        }
    }
}
