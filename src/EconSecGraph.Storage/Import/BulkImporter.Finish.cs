using System.Globalization;
using System.Text;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.Indexing;
using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage.Import;

internal sealed partial class BulkImporter
{
    /// <summary>
    /// Lays out every node's outgoing and incoming block once: blocks are allocated from the degrees,
    /// then filled walking the relationships in (type, id) order — a counting sort on the type — so each
    /// block comes out sorted by type then relationship id, as the store keeps them.
    /// </summary>
    private void BuildAdjacency(Degrees degrees)
    {
        var relCount = (int)(_s.NextRelId - _firstRel);
        var nodeCount = degrees.Out.Length;
        if (relCount > 0)
        {
            var pool = _s.Adjacency;
            for (var i = 0; i < nodeCount; i++)
            {
                var node = _firstNode + i;
                if (degrees.Out[i] > 0)
                {
                    _s.OutAddr.Set(node, pool.Reserve(degrees.Out[i]));
                    _s.OutCount.Set(node, degrees.Out[i]);
                }
                if (degrees.In[i] > 0)
                {
                    _s.InAddr.Set(node, pool.Reserve(degrees.In[i]));
                    _s.InCount.Set(node, degrees.In[i]);
                }
                degrees.Out[i] = 0;
                degrees.In[i] = 0;
            }
            // counting sort of the relationship offsets by type (stable, so ids stay ascending per type)
            var typeCount = _s.Types.Count;
            var starts = new int[typeCount + 1];
            for (var r = 0; r < relCount; r++)
            {
                starts[_s.RelType.Get(_firstRel + r) + 1]++;
            }
            for (var t = 0; t < typeCount; t++)
            {
                starts[t + 1] += starts[t];
            }
            var order = new int[relCount];
            for (var r = 0; r < relCount; r++)
            {
                order[starts[_s.RelType.Get(_firstRel + r)]++] = r;
            }
            foreach (var r in order)
            {
                var rel = _firstRel + r;
                var start = (long)_s.RelStart.Get(rel) - 1;
                var end = (long)_s.RelEnd.Get(rel);
                var type = _s.RelType.Get(rel);
                var so = (int)(start - _firstNode);
                var eo = (int)(end - _firstNode);
                var outBlock = pool.BlockArray(_s.OutAddr.Get(start), out var outOffset);
                outBlock[outOffset + degrees.Out[so]++] = new RelationshipEntry(rel, end, type);
                var inBlock = pool.BlockArray(_s.InAddr.Get(end), out var inOffset);
                inBlock[inOffset + degrees.In[eo]++] = new RelationshipEntry(rel, start, type);
            }
            _s.Adjacency = pool;
        }
        for (var i = 0; i < degrees.Shapes.Count; i++)
        {
            var shape = degrees.Shapes.KeyAt(i);
            var n = degrees.Shapes.ValueAt(i);
            var startSet = (int)(shape >> 40);
            var type = (int)((shape >> 24) & 0xFFFF);
            var endSet = (int)(shape & 0xFF_FFFF);
            _s.Counts.AddRelationship(_s.LabelSets.Get(startSet), type, _s.LabelSets.Get(endSet), n);
        }
    }

    /// <summary>
    /// The node index entries, taken out of the importer's buffers to be sorted beside the relationship pass;
    /// null when no node index has entries.
    /// </summary>
    private NodeIndexRuns? TakeNodeIndexEntries()
    {
        var indexes = _s.Schema.Indexes;
        var ids = new long[indexes.Length];
        var buffers = new IndexEntryBuffer[indexes.Length];
        var n = 0;
        foreach (var index in indexes)
        {
            var id = index.Descriptor.Id;
            if (index.Descriptor.EntityType == EntityType.Node && _indexEntries.Remove(id, out var buffer))
            {
                ids[n] = id;
                buffers[n++] = buffer;
            }
        }
        if (n == 0)
        {
            return null;
        }
        Arrays.Resize(ref ids, n);
        Arrays.Resize(ref buffers, n);
        return new NodeIndexRuns(ids, buffers);
    }

    /// <summary>
    /// Each property index: its entries sorted once into a run (the node indexes' runs come sorted in
    /// <paramref name="nodeRuns"/>); uniqueness checked on the sorted run.
    /// </summary>
    private void BuildIndexes(NodeIndexRuns? nodeRuns)
    {
        var schema = _s.Schema;
        if (schema.Indexes.Length == 0)
        {
            return;
        }
        var indexes = (PropertyIndex[])schema.Indexes.Clone();
        for (var i = 0; i < indexes.Length; i++)
        {
            _cancellation.ThrowIfCancellationRequested();
            SortedRun run;
            if (nodeRuns is not null && nodeRuns.TryGet(indexes[i].Descriptor.Id, out var sorted))
            {
                run = sorted;
            }
            else if (_indexEntries.Remove(indexes[i].Descriptor.Id, out var entries))
            {
                run = entries.ToRun();
            }
            else
            {
                continue;
            }
            if (indexes[i].Unique)
            {
                CheckUnique(indexes[i], run);
            }
            indexes[i] = indexes[i].WithRun(run);
        }
        _s.Schema = schema.With(indexes: indexes);
    }

    private void CheckUnique(PropertyIndex index, SortedRun run)
    {
        for (var i = 1; i < run.Count; i++)
        {
            if (!run.Key(i).SequenceEqual(run.Key(i - 1)))
            {
                continue;
            }
            var d = index.Descriptor;
            var node = d.EntityType == EntityType.Node;
            long a = run.Id(i - 1),
                b = run.Id(i);
            var body = _s.PropertyBody(node ? _s.NodeProps.Get(b) : _s.RelProps.Get(b));
            var sb = new StringBuilder("Cannot import: ");
            sb.Append(node ? "nodes with label `" : "relationships of type `")
                .Append(d.LabelsOrTypes[0])
                .Append("` must have unique ");
            for (var k = 0; k < d.Properties.Count; k++)
            {
                var value = PropertyRecord.Get(body, d.PropertyKeyIds[k]) ?? CypherValue.Null;
                sb.Append(k > 0 ? ", " : string.Empty)
                    .Append('`')
                    .Append(d.Properties[k])
                    .Append("` = ")
                    .Append(CypherLiteral.Render(value));
            }
            sb.Append(" (constraint `")
                .Append(d.OwningConstraint)
                .Append("`), but ")
                .Append(node ? Where(_nodeFiles, _nodeLines, a - _firstNode) : RelWhere(a))
                .Append(" and ")
                .Append(node ? Where(_nodeFiles, _nodeLines, b - _firstNode) : RelWhere(b))
                .Append(
                    " have the same value. Remove or change one of the rows, or drop the constraint. Nothing was imported."
                );
            throw new ConstraintViolationException(sb.ToString());
        }
    }

    private string RelWhere(long rel) =>
        _relLines.Count > 0
            ? Where(_relFiles, _relLines, rel - _firstRel)
            : "relationship " + (rel - _firstRel + 1).ToString(CultureInfo.InvariantCulture);
}
