namespace EconSecGraph.Storage.Indexing;

/// <summary>
/// An immutable sorted list kept as small sorted chunks. <see cref="Apply"/> makes a new list that
/// shares every chunk a batch of edits does not touch, so a commit that changes a few items copies
/// only the chunk pointer array and the touched chunks, never the whole list: older versions stay
/// valid for the snapshots that hold them.
/// </summary>
internal sealed class ChunkedSortedList<T>
{
    /// <summary>Chunks grow to this size before they split.</summary>
    public const int MaxChunk = 128;

    public static readonly ChunkedSortedList<T> Empty = new([], 0);

    private ChunkedSortedList(T[][] chunks, int count)
    {
        Chunks = chunks;
        Count = count;
    }

    public int Count { get; }

    /// <summary>The chunks in order; none is empty.</summary>
    public T[][] Chunks { get; }

    /// <summary>
    /// This list with <paramref name="inserts"/> added (they must not be in it) and <paramref name="deletes"/>
    /// removed (they must be in it). Both are sorted by <paramref name="compare"/>.
    /// </summary>
    public ChunkedSortedList<T> Apply(List<T> inserts, List<T> deletes, Comparison<T> compare)
    {
        if (inserts.Count == 0 && deletes.Count == 0)
        {
            return this;
        }
        var count = Count + inserts.Count - deletes.Count;
        if (count == 0)
        {
            return Empty;
        }
        var chunks = Chunks;
        var result = new List<T[]>(chunks.Length + (inserts.Count / (MaxChunk / 2)) + 1);
        var buffer = new List<T>(MaxChunk * 2);
        if (chunks.Length == 0)
        {
            buffer.AddRange(inserts);
            Emit(result, buffer);
            return new ChunkedSortedList<T>([.. result], count);
        }
        int ins = 0,
            del = 0;
        for (var c = 0; c < chunks.Length; c++)
        {
            var chunk = chunks[c];
            // edits below the next chunk's first item belong to this chunk (those below the first chunk too)
            var hasNext = c + 1 < chunks.Length;
            var next = hasNext ? chunks[c + 1][0] : default!;
            var insEnd = ins;
            while (insEnd < inserts.Count && (!hasNext || compare(inserts[insEnd], next) < 0))
            {
                insEnd++;
            }
            var delEnd = del;
            while (delEnd < deletes.Count && (!hasNext || compare(deletes[delEnd], next) < 0))
            {
                delEnd++;
            }
            if (insEnd == ins && delEnd == del)
            {
                result.Add(chunk); // untouched: shared with the older version
                continue;
            }
            buffer.Clear();
            var i = 0;
            while (i < chunk.Length || ins < insEnd)
            {
                if (ins < insEnd && (i == chunk.Length || compare(inserts[ins], chunk[i]) < 0))
                {
                    buffer.Add(inserts[ins++]);
                }
                else if (del < delEnd && compare(deletes[del], chunk[i]) == 0)
                {
                    del++;
                    i++;
                }
                else
                {
                    buffer.Add(chunk[i++]);
                }
            }
            if (del != delEnd)
            {
                throw new InvalidOperationException("An index delta lost track of an entry it was asked to delete.");
            }
            Emit(result, buffer);
        }
        return new ChunkedSortedList<T>([.. result], count);
    }

    private static void Emit(List<T[]> result, List<T> items)
    {
        // pieces of at most MaxChunk, as even as possible; nothing for no items
        var pieces = (items.Count + MaxChunk - 1) / MaxChunk;
        var start = 0;
        for (var p = 0; p < pieces; p++)
        {
            var end = (int)((long)items.Count * (p + 1) / pieces);
            var chunk = new T[end - start];
            items.CopyTo(start, chunk, 0, chunk.Length);
            result.Add(chunk);
            start = end;
        }
    }
}
