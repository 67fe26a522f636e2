using EconSecGraph.Graph.Errors;
using EconSecGraph.Storage.Indexing;
using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage.Import;

internal sealed partial class BulkImporter
{
    /// <summary>Per node (offset from the first imported node): relationship counts out and in, later the fill cursors.</summary>
    private sealed class Degrees(int nodes)
    {
        public readonly int[] Out = new int[nodes];
        public readonly int[] In = new int[nodes];

        /// <summary>(start label set, type, end label set) → relationships, for the planner's counts.</summary>
        public readonly LongMap<long> Shapes = new();
    }

    private Degrees NewDegrees() => new((int)(_s.NextNodeId - _firstNode));

    private void ImportRelationships(CsvRelationshipFile file, Degrees degrees)
    {
        using var reader = Open(file.Path, file.Source, file.Delimiter);
        var header = ReadHeader(reader);
        var startColumn = Column(reader, header, file.StartColumn, "start id column");
        var endColumn = Column(reader, header, file.EndColumn, "end id column");
        var typeColumn = file.TypeColumn is null ? -1 : Column(reader, header, file.TypeColumn, "type column");
        if (typeColumn < 0 && string.IsNullOrEmpty(file.Type))
        {
            throw new CypherArgumentException(
                "The relationship file " + file.Source + " needs a type: give 'type' or 'typeColumn'."
            );
        }
        var used = new HashSet<int> { startColumn, endColumn };
        if (typeColumn >= 0)
        {
            used.Add(typeColumn);
        }
        var columns = PropertyColumns(
            reader,
            header,
            file.Properties,
            used,
            new HashSet<string>(StringComparer.Ordinal)
        );
        var fixedType = string.IsNullOrEmpty(file.Type) ? -1 : TypeId(file.Type);
        var typesByText = new TextIds();
        var typeIndexes = new Dictionary<int, PropertyIndex[]>();
        var integerIds = _request.IdType == CsvColumnType.Integer;
        _relFiles.Add(new SourceFile((int)(_s.NextRelId - _firstRel), file.Source));
        long lastShape = -1;
        long shapeRun = 0;
        long row = 0;
        while (reader.Next())
        {
            Tick(++row);
            var rel = _s.NextRelId;
            if (rel >= int.MaxValue)
            {
                throw reader.Error(reader.Line, "the store is full (at most 2^31 - 1 relationships).");
            }
            var start = Endpoint(reader, startColumn, file.StartColumn, "start", integerIds);
            var end = Endpoint(reader, endColumn, file.EndColumn, "end", integerIds);
            int type;
            if (typeColumn >= 0 && !reader.IsNull(typeColumn))
            {
                var text = reader.Field(typeColumn);
                if (!typesByText.TryGetValue(text, out type))
                {
                    type = TypeId(text.ToString());
                    typesByText.Set(text, type);
                }
            }
            else if (fixedType >= 0)
            {
                type = fixedType;
            }
            else
            {
                throw reader.Error(
                    reader.Line,
                    "the type column '"
                        + file.TypeColumn
                        + "' is empty. Every relationship needs a type; fill it in, or give a default 'type' for the file."
                );
            }
            var startNode = _firstNode + start;
            var endNode = _firstNode + end;
            _s.RelStart.Set(rel, (int)startNode + 1);
            _s.RelEnd.Set(rel, (int)endNode);
            _s.RelType.Set(rel, (ushort)type);
            if (_keepRelLines)
            {
                _relLines.Add((int)Math.Min(reader.Line, int.MaxValue));
            }
            _fields.Clear();
            var address = WriteRecord(AppendValues(reader, columns), out var body);
            if (address != 0)
            {
                _s.RelProps.Set(rel, address);
            }
            if (_s.Schema.Indexes.Length > 0)
            {
                if (!typeIndexes.TryGetValue(type, out var indexes))
                {
                    indexes = IndexesFor(EntityType.Relationship, [type]);
                    typeIndexes[type] = indexes;
                }
                if (indexes.Length > 0)
                {
                    AddIndexEntries(indexes, body, rel);
                }
            }
            degrees.Out[start]++;
            degrees.In[end]++;
            var shape =
                ((long)(_s.NodeLabels.Get(startNode) - 1) << 40)
                | ((long)type << 24)
                | (uint)(_s.NodeLabels.Get(endNode) - 1);
            if (shape != lastShape)
            {
                if (shapeRun > 0)
                {
                    degrees.Shapes.GetValueRefOrAddDefault(lastShape, out _) += shapeRun;
                }
                lastShape = shape;
                shapeRun = 0;
            }
            shapeRun++;
            _s.NextRelId = rel + 1;
            _s.RelCount++;
        }
        if (shapeRun > 0)
        {
            degrees.Shapes.GetValueRefOrAddDefault(lastShape, out _) += shapeRun;
        }
    }

    private int TypeId(string name)
    {
        var id = _s.Types.GetId(name);
        if (id >= 0)
        {
            return id;
        }
        if (_s.Types.Count >= ushort.MaxValue)
        {
            throw new CypherArgumentException($"Too many relationship types (at most {ushort.MaxValue}).");
        }
        return _s.Types.Add(name);
    }

    /// <summary>Lays the integer id map out as an array when the ids span at most about twice their number.</summary>
    private void BuildDenseIds()
    {
        if (_intIds.Count == 0)
        {
            return;
        }
        long min = long.MaxValue,
            max = long.MinValue;
        for (var i = 0; i < _intIds.Count; i++)
        {
            var id = _intIds.KeyAt(i);
            min = Math.Min(min, id);
            max = Math.Max(max, id);
        }
        var width = unchecked((ulong)max - (ulong)min); // exact for any min ≤ max
        if (width >= (ulong)_intIds.Count * 2 + 1024 || width >= int.MaxValue / 2)
        {
            return;
        }
        var dense = new int[width + 1];
        for (var i = 0; i < _intIds.Count; i++)
        {
            dense[_intIds.KeyAt(i) - min] = _intIds.ValueAt(i) + 1;
        }
        _denseIds = dense;
        _denseMin = min;
    }

    /// <summary>The imported node (offset from the first) whose id is in <paramref name="column"/>.</summary>
    private int Endpoint(CsvFieldReader reader, int column, string name, string role, bool integerIds)
    {
        if (reader.IsNull(column))
        {
            throw reader.Error(
                reader.Line,
                "the " + role + " id column '" + name + "' is empty. Every relationship needs both ends."
            );
        }
        var text = reader.Field(column);
        int node;
        bool found;
        if (integerIds)
        {
            if (!IntegerText.TryParse(text, out var id))
            {
                throw BadValue(reader, name, text, "an INTEGER node id (the import's idType)");
            }
            if (!_runBroken)
            {
                // every node's id was first + its offset (no node at all: nothing is found)
                var at = id - _runFirst;
                node = (ulong)at < (ulong)_runLength ? (int)at : -1;
                found = node >= 0;
            }
            else if (_denseIds is { } dense)
            {
                var at = id - _denseMin;
                node = (ulong)at < (ulong)dense.Length ? dense[at] - 1 : -1;
                found = node >= 0;
            }
            else
            {
                found = _intIds.TryGetValue(id, out node);
            }
        }
        else
        {
            found = _stringIds.TryGetValue(text, out node);
        }
        if (!found)
        {
            throw reader.Error(
                reader.Line,
                "the "
                    + role
                    + " node id '"
                    + text.ToString()
                    + "' (column '"
                    + name
                    + "') is not the id of any node in the node files of this import. "
                    + "Relationships can only connect nodes imported in the same call: add the node, or fix the id."
            );
        }
        return node;
    }
}
