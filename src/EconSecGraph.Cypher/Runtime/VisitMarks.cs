namespace EconSecGraph.Cypher.Runtime;

/// <summary>
/// A set of node ids for breadth-first balls, reusable across queries: a mark array indexed by id with a
/// per-use stamp, so starting over costs nothing and a hub's ball allocates nothing. (Fresh hash sets per
/// query were large-object garbage that only a full GC reclaims; they set the benchmark's peak memory.)
/// Ids beyond <see cref="MaxIndexed"/> go to a hash set.
/// </summary>
internal sealed class VisitMarks
{
    private const long MaxIndexed = 1L << 26;

    private int[] _marks = new int[1024];
    private int _stamp;
    private HashSet<long>? _overflow;

    /// <summary>How many ids were added since the last <see cref="Reset"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Forgets every id (O(1) but once in 2³¹ uses).</summary>
    public void Reset()
    {
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_marks);
            _stamp = 1;
        }
        _overflow?.Clear();
        Count = 0;
    }

    /// <summary>Takes <paramref name="id"/> out again (it must be in the set).</summary>
    public void Remove(long id)
    {
        if ((ulong)id >= MaxIndexed)
        {
            if (_overflow?.Remove(id) == true)
            {
                Count--;
            }
            return;
        }
        if (id < _marks.Length && _marks[id] == _stamp)
        {
            _marks[id] = 0;
            Count--;
        }
    }

    /// <summary>Adds <paramref name="id"/>; false when it was already there.</summary>
    public bool Add(long id)
    {
        if ((ulong)id >= MaxIndexed)
        {
            _overflow ??= [];
            if (!_overflow.Add(id))
            {
                return false;
            }
            Count++;
            return true;
        }
        if (id >= _marks.Length)
        {
            Array.Resize(ref _marks, (int)Math.Min(MaxIndexed, Math.Max(id + 1, (long)_marks.Length * 2)));
        }
        if (_marks[id] == _stamp)
        {
            return false;
        }
        _marks[id] = _stamp;
        Count++;
        return true;
    }
}
