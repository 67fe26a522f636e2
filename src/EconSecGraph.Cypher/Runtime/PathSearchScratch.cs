using EconSecGraph.Cypher.Store;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>
/// The maps and frontiers of the shortest-path searches, reused across queries (a few sets shared by
/// all threads, each rented for the length of one search). A search through a hub visits tens of
/// thousands of nodes: fresh dictionaries per query were large-object garbage that only a full
/// collection reclaims (they set the benchmark's peak memory), and reused dictionaries paid for their
/// whole capacity on every clear; the maps here are stamped arrays (<see cref="NodeSlots"/>) that start
/// over for free.
/// </summary>
internal sealed class PathSearchScratch
{
    // a list that grew past this is dropped instead of kept, so one huge search does not pin its memory
    private const int KeepLimit = 1 << 17;

    private static readonly PathSearchScratch?[] s_pool = new PathSearchScratch?[
        Math.Max(2, Environment.ProcessorCount)
    ];

    /// <summary>Visited nodes of side A (from the start) and B (from the end): the index of their record.</summary>
    public NodeSlots SlotsA { get; } = new();

    public NodeSlots SlotsB { get; } = new();

    /// <summary>shortestPath: the relationship each visited node was reached by, per side.</summary>
    public List<RelationshipRef> RelsA { get; } = [];

    public List<RelationshipRef> RelsB { get; } = [];

    /// <summary>allShortestPaths: depth and parent links of each visited node, per side.</summary>
    public List<SideNode> NodesA { get; } = [];

    public List<SideNode> NodesB { get; } = [];

    public List<ParentLink> LinksA { get; } = [];

    public List<ParentLink> LinksB { get; } = [];

    public List<long> FrontierA { get; } = [];

    public List<long> FrontierB { get; } = [];

    public List<long> Spare { get; } = [];

    public List<long> SpareB { get; } = [];

    /// <summary>A set with empty lists and maps (a new one when every pooled set is in use).</summary>
    public static PathSearchScratch Rent()
    {
        for (var i = 0; i < s_pool.Length; i++)
        {
            if (Volatile.Read(ref s_pool[i]) is not null && Interlocked.Exchange(ref s_pool[i], null) is { } scratch)
            {
                return scratch;
            }
        }
        return new PathSearchScratch();
    }

    /// <summary>Empties the set and pools it for the next search, unless a search made it too large.</summary>
    public void Return()
    {
        if (
            Math.Max(RelsA.Count, RelsB.Count) > KeepLimit
            || Math.Max(NodesA.Count, NodesB.Count) > KeepLimit
            || Math.Max(LinksA.Count, LinksB.Count) > KeepLimit
        )
        {
            return;
        }
        SlotsA.Reset();
        SlotsB.Reset();
        RelsA.Clear();
        RelsB.Clear();
        NodesA.Clear();
        NodesB.Clear();
        LinksA.Clear();
        LinksB.Clear();
        FrontierA.Clear();
        FrontierB.Clear();
        Spare.Clear();
        SpareB.Clear();
        for (var i = 0; i < s_pool.Length; i++)
        {
            if (Interlocked.CompareExchange(ref s_pool[i], this, null) is null)
            {
                return;
            }
        }
    }
}
