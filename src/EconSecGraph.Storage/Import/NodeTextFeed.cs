using EconSecGraph.Storage.FullText;
using EconSecGraph.Storage.Internal;
using EconSecGraph.Storage.Schema;

namespace EconSecGraph.Storage.Import;

/// <summary>
/// Builds the node full-text indexes of a bulk import on another core while the node files are read: the
/// node pass hands each covered node's indexed text over in batches, and <see cref="Run"/> analyses them as
/// they come, so the build ends soon after the last node instead of starting then (on two cores the second
/// one would otherwise wait for the whole node pass). Nodes arrive in ascending id order, as the builders need.
/// </summary>
internal sealed class NodeTextFeed
{
    private const int BatchEntries = 2048;
    private const int BatchChars = 1 << 15;

    private readonly int[] _positions;
    private readonly IndexDescriptor[] _descriptors;
    private readonly object _gate = new();
    private readonly Queue<TextBatch> _full = new();
    private readonly Queue<TextBatch> _free = new();
    private TextBatch _batch = new();
    private bool _completed;
    private bool _aborted;

    // sizing the builders: documents per index so far, rows read, the records the node files are estimated to hold
    private readonly long[] _docs;
    private readonly long[] _lastIds;
    private long _rows;
    private long _records;
    private int[]? _expected;

    /// <param name="positions">The positions in the schema of the indexes (the results carry them).</param>
    /// <param name="descriptors">The node full-text indexes, parallel to <paramref name="positions"/>.</param>
    public NodeTextFeed(int[] positions, IndexDescriptor[] descriptors)
    {
        _positions = positions;
        _descriptors = descriptors;
        _docs = new long[descriptors.Length];
        _lastIds = NoIds(descriptors.Length);
    }

    public int Count => _descriptors.Length;

    public IndexDescriptor Descriptor(int index) => _descriptors[index];

    /// <summary>About how many records the node files hold; with the share of them covered so far it sizes the builders.</summary>
    public void Expect(long records) => _records = records;

    /// <summary>One more node was read (covered or not).</summary>
    public void NodeRead() => _rows++;

    /// <summary>Field <paramref name="field"/> of node <paramref name="id"/> for index <paramref name="index"/> (fields ascending per node).</summary>
    public void Add(int index, long id, int field, ReadOnlySpan<char> text)
    {
        if (_lastIds[index] != id)
        {
            _lastIds[index] = id;
            _docs[index]++;
        }
        var batch = _batch;
        if (batch.Count == BatchEntries || (batch.CharCount + text.Length > batch.Chars.Length && batch.Count > 0))
        {
            Hand(batch);
            batch = _batch;
        }
        batch.Append(index, id, field, text);
    }

    /// <summary>The node pass is done: the last batch goes over, and <see cref="Run"/> finishes the indexes.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _expected ??= Expected(exact: true);
            if (_batch.Count > 0)
            {
                _full.Enqueue(_batch);
                _batch = new TextBatch();
            }
            _completed = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The import failed: <see cref="Run"/> stops at its next batch.</summary>
    public void Abort()
    {
        lock (_gate)
        {
            _aborted = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The builder thread's work: every batch into the indexes, then each index built; results carry their schema positions.</summary>
    public (int, FullTextIndex)[] Run(CancellationToken cancellation)
    {
        FullTextIndexBuilder[]? builders = null;
        var open = NoIds(_descriptors.Length);
        while (Take() is { } batch)
        {
            cancellation.ThrowIfCancellationRequested();
            builders ??= NewBuilders();
            for (var e = 0; e < batch.Count; e++)
            {
                var k = batch.Index[e];
                var id = batch.Ids[e];
                var builder = builders[k];
                if (open[k] != id)
                {
                    if (open[k] >= 0)
                    {
                        builder.EndDocument();
                    }
                    builder.BeginDocument(id);
                    open[k] = id;
                }
                builder.AddField(batch.Field[e], batch.Chars.AsSpan(batch.Start[e], batch.Length[e]));
            }
            Recycle(batch);
        }
        builders ??= NewBuilders();
        var built = new (int, FullTextIndex)[_descriptors.Length];
        for (var k = 0; k < _descriptors.Length; k++)
        {
            if (open[k] >= 0)
            {
                builders[k].EndDocument();
            }
            built[k] = (_positions[k], builders[k].Build());
        }
        return built;
    }

    /// <summary>An array of -1s (a loop: <c>Array.Fill</c> over longs is not precompiled).</summary>
    private static long[] NoIds(int count)
    {
        var ids = new long[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = -1;
        }
        return ids;
    }

    private FullTextIndexBuilder[] NewBuilders()
    {
        var builders = new FullTextIndexBuilder[_descriptors.Length];
        for (var k = 0; k < builders.Length; k++)
        {
            builders[k] = new FullTextIndexBuilder(_descriptors[k], _expected![k]);
        }
        return builders;
    }

    /// <summary>
    /// The documents each builder should expect: the count so far scaled to the estimated records (the share
    /// of nodes an index covers so far holds for the rest), or the count itself once every node was read.
    /// </summary>
    private int[] Expected(bool exact)
    {
        var expected = new int[_docs.Length];
        for (var k = 0; k < expected.Length; k++)
        {
            var docs = _docs[k];
            if (!exact && _rows > 0 && _records > _rows)
            {
                docs = (long)((double)docs * _records / _rows);
            }
            expected[k] = (int)Math.Min(docs, int.MaxValue);
        }
        return expected;
    }

    private void Hand(TextBatch batch)
    {
        lock (_gate)
        {
            _expected ??= Expected(exact: false);
            _full.Enqueue(batch);
            Monitor.Pulse(_gate);
            _batch = _free.Count > 0 ? _free.Dequeue() : new TextBatch();
        }
    }

    private TextBatch? Take()
    {
        lock (_gate)
        {
            while (_full.Count == 0 && !_completed && !_aborted)
            {
                Monitor.Wait(_gate);
            }
            if (_aborted)
            {
                throw new OperationCanceledException("The import failed; its full-text build stops.");
            }
            return _full.Count > 0 ? _full.Dequeue() : null;
        }
    }

    private void Recycle(TextBatch batch)
    {
        batch.Clear();
        lock (_gate)
        {
            _free.Enqueue(batch);
        }
    }

    /// <summary>Entries of (index, node, field, text) with the text of all of them in one char array.</summary>
    private sealed class TextBatch
    {
        public readonly int[] Index = new int[BatchEntries];
        public readonly long[] Ids = new long[BatchEntries];
        public readonly int[] Field = new int[BatchEntries];
        public readonly int[] Start = new int[BatchEntries];
        public readonly int[] Length = new int[BatchEntries];
        public char[] Chars = new char[BatchChars];
        public int Count;
        public int CharCount;

        public void Append(int index, long id, int field, ReadOnlySpan<char> text)
        {
            if (CharCount + text.Length > Chars.Length)
            {
                Arrays.Resize(ref Chars, Math.Max(Chars.Length * 2, CharCount + text.Length));
            }
            Index[Count] = index;
            Ids[Count] = id;
            Field[Count] = field;
            Start[Count] = CharCount;
            Length[Count] = text.Length;
            text.CopyTo(Chars.AsSpan(CharCount));
            CharCount += text.Length;
            Count++;
        }

        public void Clear()
        {
            Count = 0;
            CharCount = 0;
        }
    }
}
