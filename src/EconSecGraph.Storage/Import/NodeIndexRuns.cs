using EconSecGraph.Storage.Indexing;

namespace EconSecGraph.Storage.Import;

/// <summary>
/// The entries of the node property indexes of a bulk import, sorted into runs beside the relationship pass:
/// they are final once the node files are read, so the sort need not wait for the relationships. Whichever
/// thread is free first claims the sort (the full-text thread after its build, or the import's own thread after
/// the adjacency), so a slow full-text build does not hold it up.
/// </summary>
internal sealed class NodeIndexRuns
{
    private readonly long[] _indexIds;
    private readonly IndexEntryBuffer[] _buffers;
    private SortedRun[]? _runs;
    private int _claimed;

    public NodeIndexRuns(long[] indexIds, IndexEntryBuffer[] buffers)
    {
        _indexIds = indexIds;
        _buffers = buffers;
    }

    /// <summary>True for the one thread that is to call <see cref="Sort"/>.</summary>
    public bool TryClaim() => Interlocked.Exchange(ref _claimed, 1) == 0;

    /// <summary>Sorts every buffer into its run (on the thread that runs it; the buffers are not touched by any other).</summary>
    public void Sort()
    {
        var runs = new SortedRun[_buffers.Length];
        for (var i = 0; i < runs.Length; i++)
        {
            runs[i] = _buffers[i].ToRun();
        }
        _runs = runs;
    }

    /// <summary>The run of index <paramref name="indexId"/>, once <see cref="Sort"/> is done; false for an index it does not hold.</summary>
    public bool TryGet(long indexId, out SortedRun run)
    {
        var runs = _runs ?? throw new InvalidOperationException("The node index entries are not sorted yet.");
        for (var i = 0; i < _indexIds.Length; i++)
        {
            if (_indexIds[i] == indexId)
            {
                run = runs[i];
                return true;
            }
        }
        run = null!;
        return false;
    }
}
