using EconSecGraph.Storage.Indexing;

namespace EconSecGraph.Storage.Import;

/// <summary>What the node pass hands to the indexes: property index entries and full-text index text, planned per label set.</summary>
internal sealed partial class BulkImporter
{
    /// <summary>
    /// The index entries of one node. A one-property index on a string column or on the id gets its key
    /// straight from the field (the key of a single string is its category mark and the text; an integer's is
    /// written without a value object); any other index decodes the value from the property record.
    /// </summary>
    private static void AddNodeIndexEntries(
        LabelSetPlan plan,
        CsvFieldReader reader,
        long? intId,
        ReadOnlySpan<char> idText,
        ReadOnlySpan<byte> body,
        long node
    )
    {
        Span<char> integerKey = stackalloc char[IndexKey.IntegerKeyLength];
        for (var i = 0; i < plan.Indexes.Length; i++)
        {
            var source = plan.Sources[i];
            var buffer = plan.Buffers[i];
            if (source == IdText)
            {
                if (intId is { } id)
                {
                    IndexKey.EncodeInteger(id, integerKey);
                    buffer.Add(integerKey, node);
                }
                else
                {
                    buffer.Add(IndexKey.String, idText, node);
                }
            }
            else if (source >= 0)
            {
                if (!reader.IsNull(source))
                {
                    buffer.Add(IndexKey.String, reader.Field(source), node);
                }
            }
            else if (source == FromRecord && WriteTransaction.KeyFor(plan.Indexes[i], body) is { } key)
            {
                buffer.Add(key, node);
            }
        }
    }

    // where a property index's key comes from (besides a reader column): the id field, the property record, nowhere
    private const int FromRecord = -1;
    private const int NotIndexed = -3;

    /// <summary>
    /// The plan for the nodes of one label set of a file: the property indexes covering them with their entry
    /// buffers and key sources (<see cref="AddNodeIndexEntries"/>), and the full-text indexes covering them.
    /// </summary>
    private LabelSetPlan PlanLabelSet(
        ReadOnlySpan<int> labels,
        (int Column, int Key, CsvPropertyColumn Spec)[] columns,
        int idKey,
        bool integerIds,
        NodeTextFeed? feed
    )
    {
        var indexes = IndexesFor(EntityType.Node, labels);
        var sources = new int[indexes.Length];
        var buffers = new IndexEntryBuffer[indexes.Length];
        for (var i = 0; i < indexes.Length; i++)
        {
            var index = indexes[i];
            buffers[i] = Entries(index);
            var keys = index.Descriptor.PropertyKeyIds;
            sources[i] = FromRecord;
            if (keys.Count != 1)
            {
                continue;
            }
            if (keys[0] == idKey)
            {
                sources[i] = index.Accepts(integerIds ? IndexKey.Number : IndexKey.String) ? IdText : NotIndexed;
                continue;
            }
            foreach (var (column, key, spec) in columns)
            {
                if (key == keys[0] && spec.Type == CsvColumnType.String)
                {
                    sources[i] = index.Accepts(IndexKey.String) ? column : NotIndexed;
                }
            }
        }
        return new LabelSetPlan(indexes, sources, buffers, TextIndexes(feed, labels));
    }

    /// <summary>What the node pass does for the nodes of one label set: the property and full-text indexes that cover them.</summary>
    private sealed record LabelSetPlan(
        PropertyIndex[] Indexes,
        int[] Sources,
        IndexEntryBuffer[] Buffers,
        int[] TextIndexes
    );

    // a full-text or property index source: the node's id field rather than a column
    private const int IdText = -2;

    /// <summary>
    /// Per full-text index of <paramref name="feed"/>, per property: where a node's text comes from — the reader
    /// column of a STRING property, <see cref="IdText"/> for a string id, or -1 (no text: not in this file, or
    /// not a string, which a full-text index skips).
    /// </summary>
    private static int[][] TextSources(
        NodeTextFeed feed,
        (int Column, int Key, CsvPropertyColumn Spec)[] columns,
        int idKey,
        bool integerIds
    )
    {
        var sources = new int[feed.Count][];
        for (var k = 0; k < sources.Length; k++)
        {
            var keys = feed.Descriptor(k).PropertyKeyIds;
            sources[k] = new int[keys.Count];
            for (var f = 0; f < keys.Count; f++)
            {
                sources[k][f] = keys[f] == idKey && !integerIds ? IdText : -1;
                foreach (var (column, key, spec) in columns)
                {
                    if (key == keys[f] && spec.Type == CsvColumnType.String)
                    {
                        sources[k][f] = column;
                    }
                }
            }
        }
        return sources;
    }

    /// <summary>The full-text indexes of <paramref name="feed"/> that cover a node with <paramref name="labels"/>.</summary>
    private static int[] TextIndexes(NodeTextFeed? feed, ReadOnlySpan<int> labels)
    {
        if (feed is null)
        {
            return [];
        }
        var covering = new List<int>();
        for (var k = 0; k < feed.Count; k++)
        {
            foreach (var label in feed.Descriptor(k).LabelOrTypeIds)
            {
                if (Has(labels, label))
                {
                    covering.Add(k);
                    break;
                }
            }
        }
        return [.. covering];
    }

    private static bool Has(ReadOnlySpan<int> labels, int label)
    {
        foreach (var l in labels)
        {
            if (l == label)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Hands the node's indexed text to the full-text builder, index by index, property by property.</summary>
    private static void FeedText(
        NodeTextFeed feed,
        int[] indexes,
        int[][] sources,
        CsvFieldReader reader,
        ReadOnlySpan<char> idText,
        long node
    )
    {
        foreach (var k in indexes)
        {
            var fields = sources[k];
            for (var f = 0; f < fields.Length; f++)
            {
                var column = fields[f];
                if (column == IdText)
                {
                    feed.Add(k, node, f, idText);
                }
                else if (column >= 0 && !reader.IsNull(column))
                {
                    feed.Add(k, node, f, reader.Field(column));
                }
            }
        }
    }

    /// <summary>The bytes of all node files of the import (a missing one counts nothing: opening it reports it).</summary>
    private long NodeFileBytes()
    {
        long bytes = 0;
        foreach (var file in _request.Nodes)
        {
            var info = new FileInfo(file.Path);
            bytes += info.Exists ? info.Length : 0;
        }
        return bytes;
    }
}
