using EconSecGraph.Storage.Schema;

namespace EconSecGraph.Storage.Indexing;

/// <summary>
/// A committed property index: its descriptor and its entries, kept as an immutable base run plus a
/// small immutable <see cref="IndexDelta"/>. A commit rebuilds only the delta (shared chunk by chunk
/// with the previous version), and folds it into a new base once it grows past
/// <see cref="FoldThreshold"/>, so committing a few entries to a million-entry index never copies the
/// million. Snapshots keep the version they saw. Immutable.
/// </summary>
internal sealed class PropertyIndex
{
    /// <summary>The delta size below which a delta is never folded, whatever the base size.</summary>
    public const int DefaultMinFold = 4096;

    public PropertyIndex(IndexDescriptor descriptor, SortedRun run, bool unique)
        : this(descriptor, run, IndexDelta.Empty, unique) { }

    private PropertyIndex(IndexDescriptor descriptor, SortedRun run, IndexDelta delta, bool unique)
    {
        Descriptor = descriptor;
        Base = run;
        Delta = delta;
        Unique = unique;
    }

    public IndexDescriptor Descriptor { get; }

    /// <summary>The entries as of the last fold (some may be removed by <see cref="Delta"/>).</summary>
    public SortedRun Base { get; }

    /// <summary>The committed changes since the last fold.</summary>
    public IndexDelta Delta { get; }

    /// <summary>True when a uniqueness constraint owns the index.</summary>
    public bool Unique { get; }

    /// <summary>The number of committed entries.</summary>
    public int Count => Base.Count - Delta.Removed.Count + Delta.Added.Count;

    /// <summary>This index with exactly the entries of <paramref name="run"/> (no delta).</summary>
    public PropertyIndex WithRun(SortedRun run) => new(Descriptor, run, IndexDelta.Empty, Unique);

    /// <summary>A cursor at the first entry with key ≥ <paramref name="key"/> (&gt; when <paramref name="after"/>).</summary>
    public IndexCursor Seek(ReadOnlySpan<char> key, bool after = false) => new(this, key, after);

    /// <summary>The delta size past which it is folded into a new base: max(<paramref name="minFold"/>, base / 16).</summary>
    public static int FoldThreshold(int baseCount, int minFold = DefaultMinFold) => Math.Max(minFold, baseCount / 16);

    /// <summary>
    /// This index with a transaction's changes committed: committed entries in <c>Removed</c> (entity →
    /// its committed key) go, <c>Added</c> entries come in. Costs O(changes · log + delta / chunk size),
    /// plus an amortised fold when the delta passes <see cref="FoldThreshold"/>.
    /// </summary>
    public PropertyIndex Apply(TxIndexChanges changes, int minFold = DefaultMinFold)
    {
        if (changes.IsEmpty)
        {
            return this;
        }
        var addedOut = new List<(string Key, long Id)>(); // delta entries to drop
        var removedIn = new List<int>(); // base positions to remove
        foreach (var (id, key) in changes.Removed)
        {
            if (Delta.HasAdded(key, id))
            {
                addedOut.Add((key, id));
                continue;
            }
            var p = Base.Find(key, id);
            if (p >= 0 && !Delta.IsRemoved(p))
            {
                removedIn.Add(p);
            }
        }
        removedIn.Sort();
        addedOut.Sort(IndexDelta.EntryOrder);
        var addedIn = new List<(string Key, long Id)>(changes.Added.Count);
        var removedOut = new List<int>(); // removed base positions that come back
        foreach (var (id, key) in changes.Added)
        {
            var p = Base.Find(key, id);
            if (p >= 0)
            {
                var just = removedIn.BinarySearch(p);
                if (just >= 0)
                {
                    removedIn.RemoveAt(just); // removed and re-added in this commit: unchanged
                }
                else if (Delta.IsRemoved(p))
                {
                    removedOut.Add(p);
                }
                continue; // otherwise already present
            }
            var dropped = addedOut.BinarySearch((key, id), IndexDelta.EntryComparer);
            if (dropped >= 0)
            {
                addedOut.RemoveAt(dropped);
            }
            else if (!Delta.HasAdded(key, id))
            {
                addedIn.Add((key, id));
            }
        }
        addedIn.Sort(IndexDelta.EntryOrder);
        removedOut.Sort();
        var delta = new IndexDelta(
            Delta.Added.Apply(addedIn, addedOut, IndexDelta.EntryOrder),
            Delta.Removed.Apply(removedIn, removedOut, IndexDelta.PositionOrder)
        );
        var next = new PropertyIndex(Descriptor, Base, delta, Unique);
        return delta.Size > FoldThreshold(Base.Count, minFold) ? next.WithRun(next.Fold()) : next;
    }

    /// <summary>All committed entries as one run.</summary>
    public SortedRun Fold()
    {
        if (Delta.IsEmpty)
        {
            return Base;
        }
        var chars = Base.Arena.Length;
        foreach (var chunk in Delta.Removed.Chunks)
        {
            foreach (var p in chunk)
            {
                chars -= Base.Key(p).Length;
            }
        }
        foreach (var chunk in Delta.Added.Chunks)
        {
            foreach (var e in chunk)
            {
                chars += e.Key.Length;
            }
        }
        var count = Count;
        var arena = new char[chars];
        var offsets = new int[count + 1];
        var ids = new long[count];
        var pos = 0;
        var o = 0;
        var cursor = Seek([]);
        while (cursor.Valid)
        {
            if (cursor.InBase)
            {
                // a stretch of base entries between two delta events: block copies
                int from = cursor.BasePosition,
                    end = cursor.BaseRunEnd;
                var start = Base.KeyStart(from);
                var length = Base.KeyStart(end) - start;
                Base.Arena.Slice(start, length).CopyTo(arena.AsSpan(pos));
                Base.Ids[from..end].CopyTo(ids.AsSpan(o));
                var shift = pos - start;
                for (var k = from; k < end; k++)
                {
                    offsets[o++] = Base.KeyStart(k) + shift;
                }
                pos += length;
                cursor.SkipBaseTo(end);
            }
            else
            {
                var key = cursor.Key;
                offsets[o] = pos;
                ids[o++] = cursor.Id;
                key.CopyTo(arena.AsSpan(pos));
                pos += key.Length;
                cursor.Next();
            }
        }
        offsets[o] = pos;
        return new SortedRun(arena, offsets, ids);
    }

    /// <summary>Whether this index stores <paramref name="category"/> values (TEXT only strings, POINT only points).</summary>
    public bool Accepts(char category) =>
        Descriptor.Type switch
        {
            IndexType.Text => category == IndexKey.String,
            IndexType.Point => category == IndexKey.Point,
            _ => true,
        };
}
