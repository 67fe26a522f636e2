namespace EconSecGraph.Storage.FullText;

/// <summary>
/// Where a term occurs: the entity, the field (index property position) and the term positions. Sixteen
/// bytes (entity ids fit in 32 bits, as in the adjacency entries): a large index holds millions of these.
/// </summary>
internal readonly record struct Posting
{
    private readonly int _doc;

    public Posting(long doc, int field, int[] positions)
    {
        _doc = checked((int)doc);
        Field = field;
        Positions = positions;
    }

    public long Doc => _doc;

    public int Field { get; }

    public int[] Positions { get; }
}
