namespace EconSecGraph.Storage.Internal;

/// <summary>
/// Append-only storage for per-node adjacency blocks. A block never crosses a chunk, so it reads as
/// one span. Addresses are <c>chunk &lt;&lt; 16 | offset</c>; a block larger than a chunk gets a
/// chunk of its own. Readers only see blocks written before their snapshot was published, so the
/// writer can keep appending into the shared tail chunk.
/// </summary>
internal struct AdjacencyPool
{
    public const int Shift = 16;
    public const int ChunkSize = 1 << Shift;

    private RelationshipEntry[][] _chunks;
    private int _chunkCount;
    private int _used; // entries used in the last chunk

    public AdjacencyPool()
    {
        _chunks = new RelationshipEntry[4][];
        _chunks[0] = new RelationshipEntry[ChunkSize];
        _chunkCount = 1;
        _used = 1; // address 0 means "no block"
    }

    /// <summary>Entries that were written and later replaced (garbage until compaction).</summary>
    public long Garbage { get; set; }

    public long Live { get; set; }

    public readonly ReadOnlySpan<RelationshipEntry> Block(int address, int count) =>
        count == 0 ? default : _chunks[address >> Shift].AsSpan(address & (ChunkSize - 1), count);

    /// <summary>The chunk array holding a block and the block's offset in it.</summary>
    public readonly RelationshipEntry[] BlockArray(int address, out int offset)
    {
        offset = address & (ChunkSize - 1);
        return _chunks[address >> Shift];
    }

    /// <summary>Reserves room for <paramref name="count"/> entries and returns the address and the span to fill.</summary>
    public Span<RelationshipEntry> Allocate(int count, out int address)
    {
        address = Reserve(count);
        var block = BlockArray(address, out var offset);
        return block.AsSpan(offset, count);
    }

    /// <summary>
    /// Reserves room for <paramref name="count"/> entries; returns the block's address (filled through
    /// <see cref="BlockArray"/>: the bulk import lays out every block before filling any, without a span per block).
    /// </summary>
    public int Reserve(int count)
    {
        if (count > ChunkSize)
        {
            AddChunk(new RelationshipEntry[count]);
            var address = (_chunkCount - 1) << Shift;
            // the oversized chunk is closed; continue appending in a fresh regular chunk
            AddChunk(new RelationshipEntry[ChunkSize]);
            _used = 0;
            Live += count;
            return address;
        }
        if (_used + count > ChunkSize)
        {
            AddChunk(new RelationshipEntry[ChunkSize]);
            _used = 0;
        }
        var at = ((_chunkCount - 1) << Shift) | _used;
        _used += count;
        Live += count;
        return at;
    }

    private void AddChunk(RelationshipEntry[] chunk)
    {
        if (_chunkCount == _chunks.Length)
        {
            // readers keep the old spine; only the writer sees the new one until publication
            var grown = new RelationshipEntry[_chunks.Length * 2][];
            Array.Copy(_chunks, grown, _chunkCount);
            _chunks = grown;
        }
        if (_chunkCount >= 1 << (31 - Shift))
        {
            throw new InvalidOperationException("Adjacency pool is full; compaction did not keep up.");
        }
        _chunks[_chunkCount++] = chunk;
    }

    /// <summary>Approximate bytes held.</summary>
    public readonly long Bytes
    {
        get
        {
            long total = 0;
            for (var i = 0; i < _chunkCount; i++)
            {
                total += _chunks[i].Length * 10L;
            }
            return total;
        }
    }
}
