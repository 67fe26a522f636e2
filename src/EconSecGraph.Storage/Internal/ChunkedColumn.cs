namespace EconSecGraph.Storage.Internal;

/// <summary>
/// A column of fixed-size chunks indexed by entity id. Frozen columns are shared by snapshots and
/// never change; a write transaction copies a chunk the first time it writes to it (copy-on-write).
/// A null chunk reads as all default values, so sparse columns cost nothing where unused.
/// </summary>
/// <remarks>
/// Meant for unmanaged element types, but deliberately without an <c>unmanaged</c> (or <c>struct</c>)
/// constraint: ReadyToRun does not precompile a constrained generic's instantiations over primitive types,
/// so with one every column method was JIT-compiled (and ran unoptimised) at the start of every process.
/// </remarks>
internal struct ChunkedColumn<T>
    where T : notnull
{
    public const int Shift = 12;
    public const int ChunkSize = 1 << Shift;
    public const int Mask = ChunkSize - 1;

    private T[]?[] _spine;
    private bool[]? _owned;

    public ChunkedColumn()
    {
        _spine = [];
        _owned = null;
    }

    public readonly T Get(long index)
    {
        var c = (int)(index >> Shift);
        var spine = _spine;
        if ((uint)c >= (uint)spine.Length)
        {
            return default!;
        }
        var chunk = spine[c];
        return chunk is null ? default! : chunk[(int)index & Mask];
    }

    public readonly T[]? ChunkAt(int c) => (uint)c < (uint)_spine.Length ? _spine[c] : null;

    public readonly int ChunkCount => _spine.Length;

    public void Set(long index, T value)
    {
        var c = (int)(index >> Shift);
        ref var chunk = ref WritableChunk(c);
        chunk![(int)index & Mask] = value;
    }

    public ref T GetRef(long index)
    {
        var c = (int)(index >> Shift);
        ref var chunk = ref WritableChunk(c);
        return ref chunk![(int)index & Mask];
    }

    /// <summary>Marks every chunk shared again; the next writer copies before writing.</summary>
    public void Freeze() => _owned = null;

    /// <summary>Replaces the content with freshly built chunks (used by bulk loads and compaction).</summary>
    public void Assign(T[]?[] spine)
    {
        _spine = spine;
        _owned = new bool[spine.Length];
        Array.Fill(_owned, true);
    }

    private ref T[]? WritableChunk(int c)
    {
        if (_owned is null)
        {
            _spine = (T[]?[])_spine.Clone();
            _owned = new bool[_spine.Length];
        }
        if (c >= _spine.Length)
        {
            var size = Math.Max(c + 1, _spine.Length * 2);
            Arrays.Resize(ref _spine, size);
            Arrays.Resize(ref _owned, size);
        }
        ref var chunk = ref _spine[c];
        if (!_owned[c])
        {
            chunk = chunk is null ? new T[ChunkSize] : (T[])chunk.Clone();
            _owned[c] = true;
        }
        return ref chunk;
    }
}
