namespace EconSecGraph.Bench.Generation;

/// <summary>The fixed inputs every engine answers: random nodes, node pairs, name prefixes and substrings.</summary>
public sealed record QuerySet(
    IReadOnlyList<NodeRef> Nodes,
    IReadOnlyList<NodePair> Pairs,
    IReadOnlyList<string> Prefixes,
    IReadOnlyList<string> Substrings,
    IReadOnlyList<string> FullTextTerms
)
{
    public const int NodeSamples = 200;
    public const int PairSamples = 50;
    public const int TextSamples = 30;

    public static QuerySet Draw(GeneratedGraph graph, int seed)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var random = new Random(seed ^ 0x5eed);
        NodeRef Pick()
        {
            var id = random.Next(graph.NodeCount);
            return new NodeRef(graph.LabelOf(id), id);
        }
        var nodes = Enumerable.Range(0, NodeSamples).Select(_ => Pick()).ToList();
        var pairs = Enumerable.Range(0, PairSamples).Select(_ => new NodePair(Pick(), Pick())).ToList();
        var jp = GraphSpec.JapaneseParts;
        var latin = GraphSpec.LatinParts;
        var prefixes = Enumerable
            .Range(0, TextSamples)
            .Select(_ => jp[random.Next(jp.Length)] + jp[random.Next(jp.Length)])
            .ToList();
        var substrings = Enumerable
            .Range(0, TextSamples)
            .Select(i => i % 2 == 0 ? latin[random.Next(latin.Length)] : jp[random.Next(jp.Length)])
            .ToList();
        var terms = Enumerable.Range(0, TextSamples).Select(_ => latin[random.Next(latin.Length)]).ToList();
        return new QuerySet(nodes, pairs, prefixes, substrings, terms);
    }
}
