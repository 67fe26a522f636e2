using System.Numerics;

namespace EconSecGraph.Storage.Internal;

/// <summary>A copy-on-write bitmap over entity ids, built on <see cref="ChunkedColumn{T}"/>.</summary>
internal struct ChunkedBitmap
{
    private ChunkedColumn<ulong> _words;

    public ChunkedBitmap() => _words = new ChunkedColumn<ulong>();

    public readonly bool Get(long id) => (_words.Get(id >> 6) & (1UL << (int)(id & 63))) != 0;

    public void Set(long id) => _words.GetRef(id >> 6) |= 1UL << (int)(id & 63);

    public void Clear(long id)
    {
        if (Get(id))
        {
            _words.GetRef(id >> 6) &= ~(1UL << (int)(id & 63));
        }
    }

    public void Freeze() => _words.Freeze();

    /// <summary>The first set bit at or after <paramref name="from"/>, or -1.</summary>
    public readonly long NextSetBit(long from, long limit)
    {
        if (from >= limit)
        {
            return -1;
        }
        var word = from >> 6;
        var lastWord = (limit - 1) >> 6;
        var bits = _words.Get(word) & (ulong.MaxValue << (int)(from & 63));
        while (true)
        {
            if (bits != 0)
            {
                var id = (word << 6) + BitOperations.TrailingZeroCount(bits);
                return id < limit ? id : -1;
            }
            word++;
            if (word > lastWord)
            {
                return -1;
            }
            var chunkIndex = (int)(word >> ChunkedColumn<ulong>.Shift);
            if (_words.ChunkAt(chunkIndex) is null)
            {
                // skip a whole empty chunk at once
                word = ((long)(chunkIndex + 1) << ChunkedColumn<ulong>.Shift) - 1;
                bits = 0;
                continue;
            }
            bits = _words.Get(word);
        }
    }
}
