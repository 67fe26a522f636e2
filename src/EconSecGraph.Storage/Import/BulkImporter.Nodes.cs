using EconSecGraph.Graph.Errors;
using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage.Import;

internal sealed partial class BulkImporter
{
    private void ImportNodes(CsvNodeFile file)
    {
        using var reader = Open(file.Path, file.Source, file.Delimiter);
        var header = ReadHeader(reader);
        var idColumn = Column(reader, header, file.IdColumn, "id column");
        var labelColumn = file.LabelColumn is null ? -1 : Column(reader, header, file.LabelColumn, "label column");
        var used = new HashSet<int> { idColumn };
        if (labelColumn >= 0)
        {
            used.Add(labelColumn);
        }
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var idKey = -1;
        if (!string.IsNullOrEmpty(file.IdProperty))
        {
            keys.Add(file.IdProperty);
            idKey = Key(file.IdProperty);
        }
        var columns = PropertyColumns(reader, header, file.Properties, used, keys);
        var fixedLabels = new List<int>();
        foreach (var name in file.Labels)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw new CypherArgumentException("A label name cannot be empty (" + file.Source + ").");
            }
            var id = _s.Labels.GetId(name);
            fixedLabels.Add(id >= 0 ? id : _s.Labels.Add(name));
        }
        var feed = _nodeText;
        var textSources = feed is null
            ? []
            : TextSources(feed, columns, idKey, integerIds: _request.IdType == CsvColumnType.Integer);
        if (feed is not null && _nodeFiles.Count == 0)
        {
            feed.Expect(reader.EstimateRecords(NodeFileBytes()));
        }
        // label column text → label set; one entry per distinct text, so rows cost a lookup
        var setsByText = new TextIds();
        var setPlans = new Dictionary<int, LabelSetPlan>();
        var setCounts = new LongMap<long>();
        var integerIds = _request.IdType == CsvColumnType.Integer;
        _nodeFiles.Add(new SourceFile((int)(_s.NextNodeId - _firstNode), file.Source));
        long row = 0;
        while (reader.Next())
        {
            Tick(++row);
            var node = _s.NextNodeId;
            if (node >= int.MaxValue)
            {
                throw reader.Error(reader.Line, "the store is full (at most 2^31 - 1 nodes).");
            }
            var offset = (int)(node - _firstNode);
            if (reader.IsNull(idColumn))
            {
                throw reader.Error(
                    reader.Line,
                    "the id column '"
                        + file.IdColumn
                        + "' is empty. Every node needs an id; fill it in or drop the row."
                );
            }
            var idText = reader.Field(idColumn);
            long intId = 0;
            if (integerIds)
            {
                if (!IntegerText.TryParse(idText, out intId))
                {
                    throw BadValue(reader, file.IdColumn, idText, "an INTEGER id (the import's idType)");
                }
                if (!ExtendsRun(intId))
                {
                    ref var slot = ref _intIds.GetValueRefOrAddDefault(intId, out var exists);
                    if (exists)
                    {
                        throw Duplicate(reader, file, idText, slot);
                    }
                    slot = offset;
                }
            }
            else
            {
                if (_stringIds.TryGetValue(idText, out var other))
                {
                    throw Duplicate(reader, file, idText, other);
                }
                _stringIds.Set(idText, offset);
            }
            _nodeLines.Add((int)Math.Min(reader.Line, int.MaxValue));

            // labels
            var labelText = labelColumn >= 0 ? reader.Field(labelColumn) : default;
            if (!setsByText.TryGetValue(labelText, out var setId))
            {
                setId = InternLabels(fixedLabels, labelText);
                setsByText.Set(labelText, setId);
                var labels = _s.LabelSets.Get(setId);
                setPlans[setId] = PlanLabelSet(labels, columns, idKey, integerIds, feed);
            }
            setCounts.GetValueRefOrAddDefault(setId, out _)++;
            _s.NodeLabels.Set(node, setId + 1);

            // properties
            _fields.Clear();
            var count = 0;
            if (idKey >= 0)
            {
                _fields.WriteVarUInt((ulong)idKey);
                if (integerIds)
                {
                    _fields.WriteByte(ValueCodec.Integer);
                    _fields.WriteVarInt(intId);
                }
                else
                {
                    _fields.WriteByte(ValueCodec.String);
                    _fields.WriteString(idText);
                }
                count++;
            }
            count += AppendValues(reader, columns);
            var address = WriteRecord(count, out var body);
            if (address != 0)
            {
                _s.NodeProps.Set(node, address);
            }
            var plan = setPlans[setId];
            if (plan.Indexes.Length > 0)
            {
                AddNodeIndexEntries(plan, reader, integerIds ? intId : null, idText, body, node);
            }
            if (feed is not null)
            {
                feed.NodeRead();
                FeedText(feed, plan.TextIndexes, textSources, reader, idText, node);
            }
            _s.NextNodeId = node + 1;
            _s.NodeCount++;
        }
        // label bitmaps and counts per label set: one pass over the new ids of this file
        var first = _firstNode + _nodeFiles[^1].First;
        for (var node = first; node < _s.NextNodeId; node++)
        {
            foreach (var l in _s.LabelSets.Get(_s.NodeLabels.Get(node) - 1))
            {
                _s.LabelBitmap(l).Set(node);
            }
        }
        for (var i = 0; i < setCounts.Count; i++)
        {
            var n = setCounts.ValueAt(i);
            foreach (var l in _s.LabelSets.Get((int)setCounts.KeyAt(i)))
            {
                _s.Counts.AddNodes(l, n);
                _labelsAdded += n;
            }
        }
    }

    /// <summary>
    /// True when integer id <paramref name="id"/> is the next of the run of consecutive ids that every node so far
    /// belongs to (so it needs no map entry and cannot repeat one); otherwise the run, if any, is moved into the
    /// id map (each id with its offset, which is its place in the run) and false says to use the map.
    /// </summary>
    private bool ExtendsRun(long id)
    {
        if (!_runBroken)
        {
            // id > first: the difference of two longs then wraps only to a negative value, never to the length
            if (_runLength == 0 || (id > _runFirst && id - _runFirst == _runLength && _runLength < int.MaxValue))
            {
                if (_runLength == 0)
                {
                    _runFirst = id;
                }
                _runLength++;
                return true;
            }
            _runBroken = true;
            for (var k = 0; k < _runLength; k++)
            {
                _intIds.GetValueRefOrAddDefault(_runFirst + k, out _) = k;
            }
        }
        return false;
    }

    /// <summary>The label set of one label-column text (names split at ';') plus the fixed labels.</summary>
    /// <remarks>Plain loops: the span splitter and LINQ's Distinct over ints would be JIT-compiled at every start.</remarks>
    private int InternLabels(List<int> fixedLabels, ReadOnlySpan<char> text)
    {
        var parts = 1;
        foreach (var c in text)
        {
            parts += c == ';' ? 1 : 0;
        }
        var labels = new int[fixedLabels.Count + parts];
        var n = 0;
        foreach (var l in fixedLabels)
        {
            labels[n++] = l;
        }
        var from = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != ';')
            {
                continue;
            }
            if (i > from)
            {
                var s = text[from..i].ToString();
                var id = _s.Labels.GetId(s);
                labels[n++] = id >= 0 ? id : _s.Labels.Add(s);
            }
            from = i + 1;
        }
        // insertion sort of the few labels (Array.Sort over ints is compiled at every start)
        for (var i = 1; i < n; i++)
        {
            var label = labels[i];
            var j = i - 1;
            while (j >= 0 && labels[j] > label)
            {
                labels[j + 1] = labels[j];
                j--;
            }
            labels[j + 1] = label;
        }
        var distinct = 0;
        for (var i = 0; i < n; i++)
        {
            if (distinct == 0 || labels[distinct - 1] != labels[i])
            {
                labels[distinct++] = labels[i];
            }
        }
        return _s.LabelSets.Intern(new ReadOnlySpan<int>(labels, 0, distinct));
    }

    private CypherException Duplicate(
        CsvFieldReader reader,
        CsvNodeFile file,
        ReadOnlySpan<char> id,
        int otherOffset
    ) =>
        reader.Error(
            reader.Line,
            "the node id '"
                + id.ToString()
                + "' (column '"
                + file.IdColumn
                + "') was already used at "
                + Where(_nodeFiles, _nodeLines, otherOffset)
                + ". Ids must be unique across the node files of one import; remove or renumber the duplicate."
        );
}
