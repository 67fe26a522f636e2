using EconSecGraph.Cypher.Store;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>
/// The maps and frontiers of the shortest-path searches, reused across queries (one set per thread,
/// rented for the length of one search). A search through a hub visits tens of thousands of nodes: fresh
/// dictionaries per query were large-object garbage that only a full collection reclaims, and they set
/// the benchmark's peak memory (as the breadth-first balls did before <see cref="VisitMarks"/>).
/// </summary>
internal sealed class PathSearchScratch
{
    // a set that grew past this is dropped instead of kept, so one huge search does not pin its memory
    private const int KeepLimit = 1 << 17;

    [ThreadStatic]
    private static PathSearchScratch? t_free;

    public Dictionary<long, RelationshipRef?> Forward { get; } = [];

    public Dictionary<long, RelationshipRef?> Backward { get; } = [];

    public List<long> FrontierA { get; } = [];

    public List<long> FrontierB { get; } = [];

    public List<long> Spare { get; } = [];

    public List<long> SpareB { get; } = [];

    public Dictionary<long, long> DepthA { get; } = [];

    public Dictionary<long, long> DepthB { get; } = [];

    public Dictionary<long, List<RelationshipRef>> ParentsA { get; } = [];

    public Dictionary<long, List<RelationshipRef>> ParentsB { get; } = [];

    /// <summary>This thread's empty set (a new one while another search on this thread holds it).</summary>
    public static PathSearchScratch Rent()
    {
        var scratch = t_free ?? new PathSearchScratch();
        t_free = null;
        return scratch;
    }

    /// <summary>Empties the set and keeps it for the thread's next search, unless a search made it too large.</summary>
    public void Return()
    {
        // frontiers and parent maps hold visited nodes only, so the visited maps bound them all
        if (Math.Max(Forward.Count, Backward.Count) > KeepLimit || Math.Max(DepthA.Count, DepthB.Count) > KeepLimit)
        {
            return;
        }
        Forward.Clear();
        Backward.Clear();
        FrontierA.Clear();
        FrontierB.Clear();
        Spare.Clear();
        SpareB.Clear();
        DepthA.Clear();
        DepthB.Clear();
        ParentsA.Clear();
        ParentsB.Clear();
        t_free = this;
    }
}
