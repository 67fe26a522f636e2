namespace EconSecGraph.Storage.Internal;

/// <summary>
/// Append-only storage for property records (one record per entity with properties). Addresses
/// are <c>chunk &lt;&lt; 32 | offset</c>; 0 means "no record". Like <see cref="AdjacencyPool"/>,
/// the writer appends past what any published snapshot can see.
/// </summary>
internal struct BytePool
{
    public const int ChunkSize = 1 << 20;

    private byte[][] _chunks;
    private int _chunkCount;
    private int _used;

    public BytePool()
    {
        _chunks = new byte[4][];
        _chunks[0] = new byte[ChunkSize];
        _chunkCount = 1;
        _used = 1;
    }

    public long Garbage { get; set; }

    public long Live { get; set; }

    public readonly ReadOnlySpan<byte> From(long address) =>
        _chunks[(int)(address >> 32)].AsSpan((int)(address & 0xFFFF_FFFF));

    public Span<byte> Allocate(int length, out long address)
    {
        if (length > ChunkSize / 4)
        {
            var big = new byte[length];
            AddChunk(big);
            address = (long)(_chunkCount - 1) << 32;
            AddChunk(new byte[ChunkSize]);
            _used = 0;
            Live += length;
            return big;
        }
        if (_used + length > ChunkSize)
        {
            AddChunk(new byte[ChunkSize]);
            _used = 0;
        }
        address = ((long)(_chunkCount - 1) << 32) | (uint)_used;
        var span = _chunks[_chunkCount - 1].AsSpan(_used, length);
        _used += length;
        Live += length;
        return span;
    }

    private void AddChunk(byte[] chunk)
    {
        if (_chunkCount == _chunks.Length)
        {
            var grown = new byte[_chunks.Length * 2][];
            Array.Copy(_chunks, grown, _chunkCount);
            _chunks = grown;
        }
        _chunks[_chunkCount++] = chunk;
    }

    public readonly long Bytes
    {
        get
        {
            long total = 0;
            for (var i = 0; i < _chunkCount; i++)
            {
                total += _chunks[i].Length;
            }
            return total;
        }
    }
}
