namespace EconSecGraph.Web.Models;

public sealed class SubgraphRequest
{
    public IReadOnlyList<string>? Nodes { get; set; }
}
