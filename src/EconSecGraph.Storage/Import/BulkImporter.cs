using System.Globalization;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Storage.FullText;
using EconSecGraph.Storage.Indexing;
using EconSecGraph.Storage.Internal;
using EconSecGraph.Storage.Schema;

namespace EconSecGraph.Storage.Import;

/// <summary>
/// Builds the store state of a bulk CSV import directly, without the per-row transaction overlay or
/// journal: it streams each file once, writes nodes, relationships and property records straight into
/// a copy of the (empty) committed state, lays out every adjacency block once, and builds the
/// property indexes by sorting their entries once and the full-text indexes in one pass. The result is
/// a complete state that the caller makes durable with a checkpoint and publishes; on any error
/// nothing is published, so the store stays exactly as it was.
/// </summary>
internal sealed partial class BulkImporter
{
    private const int CheckEvery = 8192;

    private readonly GraphStore _store;
    private readonly StoreState _root;
    private readonly StoreState _s;
    private readonly CsvImportRequest _request;
    private readonly CancellationToken _cancellation;
    private readonly ByteWriter _fields = new(1024);
    private readonly LongMap<int> _intIds = new();

    // Integer ids that are dense (the usual 0..n-1 or 1..n): relationship ends resolve through an array
    // (node + 1; 0 = no such id) instead of a hash lookup that misses the cache on every end.
    private int[]? _denseIds;
    private long _denseMin;

    // Integer ids that so far come one after another from the first (the commonest file: 0..n-1 or 1..n) are
    // not put in the id map at all: node offset = id - first. The first id out of step puts the run in the map.
    private long _runFirst;
    private int _runLength;
    private bool _runBroken;
    private readonly TextIds _stringIds = new();
    private readonly List<int> _nodeLines = [];
    private readonly List<SourceFile> _nodeFiles = [];
    private readonly List<int> _relLines = [];
    private readonly List<SourceFile> _relFiles = [];
    private readonly Dictionary<long, IndexEntryBuffer> _indexEntries = [];
    private NodeTextFeed? _nodeText;

    // set before the feed completes: the full-text thread sorts these after its build
    private NodeIndexRuns? _nodeIndexes;
    private readonly long _firstNode;
    private readonly long _firstRel;
    private long _properties;
    private long _labelsAdded;
    private bool _keepRelLines;

    private BulkImporter(GraphStore store, StoreState root, CsvImportRequest request, CancellationToken cancellation)
    {
        _store = store;
        _root = root;
        _request = request;
        _cancellation = cancellation;
        _s = root.CloneForWrite();
        _s.TxId = root.TxId + 1;
        _s.Labels = root.Labels.CloneForWrite();
        _s.Types = root.Types.CloneForWrite();
        _s.Keys = root.Keys.CloneForWrite();
        _s.Counts = root.Counts.CloneForWrite();
        _s.LabelIndex = (ChunkedBitmap[])root.LabelIndex.Clone();
        // no entity is left, so no property record or adjacency block is live: start both pools afresh
        _s.Properties = new BytePool();
        _s.Adjacency = new AdjacencyPool();
        _firstNode = root.NextNodeId;
        _firstRel = root.NextRelId;
    }

    /// <summary>
    /// Reads the files of <paramref name="request"/> into a new state on top of <paramref name="root"/>
    /// (which must hold no nodes and no relationships). Throws a <see cref="CypherException"/> naming
    /// the file, the line and what to do on the first problem.
    /// </summary>
    public static (StoreState State, CsvImportResult Result, string? Checkpoint) Build(
        GraphStore store,
        StoreState root,
        CsvImportRequest request,
        CancellationToken cancellation
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        if (root.NodeCount != 0 || root.RelCount != 0)
        {
            throw new CypherException(
                Neo4jStatusCodes.UnsupportedOperationError,
                "The bulk CSV import loads into an empty database only, and this one holds "
                    + root.NodeCount.ToString(CultureInfo.InvariantCulture)
                    + " nodes and "
                    + root.RelCount.ToString(CultureInfo.InvariantCulture)
                    + " relationships. Import into a new database (indexes and constraints may exist), "
                    + "or add to this one with LOAD CSV."
            );
        }
        if (request.Nodes.Count == 0)
        {
            throw new CypherArgumentException(
                "The bulk CSV import needs at least one node file: relationships can only connect nodes imported with them."
            );
        }
        if (request.IdType is not (CsvColumnType.Integer or CsvColumnType.String))
        {
            throw new CypherArgumentException(
                "Node ids are compared as INTEGER or STRING, not " + request.IdType.ToString().ToUpperInvariant() + "."
            );
        }
        var importer = new BulkImporter(store, root, request, cancellation);
        var clock = new ImportClock();
        // the full-text indexes on nodes are built on another core from the text the node pass hands over
        var nodeText = importer.StartNodeText(clock);
        Task<string?>? checkpoint = null;
        Task<(int, FullTextIndex)[]>? relText = null;
        NodeIndexRuns? nodeIndexes = null;
        Task<bool>? nodeIndexSort = null;
        try
        {
            foreach (var file in request.Nodes)
            {
                importer.ImportNodes(file);
            }
            // the node index entries are final: sorted by the full-text thread once its build is done (or by a
            // thread of their own), while this one reads the relationships
            nodeIndexes = importer.TakeNodeIndexEntries();
            if (nodeIndexes is not null && importer._nodeText is null)
            {
                nodeIndexSort = Helper(() =>
                {
                    if (nodeIndexes.TryClaim())
                    {
                        nodeIndexes.Sort();
                        clock.Mark("node property indexes");
                    }
                    return true;
                });
            }
            importer._nodeIndexes = nodeIndexes;
            importer._nodeText?.Complete();
            clock.Mark("nodes");
            importer._keepRelLines = importer._s.Schema.Constraints.Any(c => c.EntityType == EntityType.Relationship);
            importer.BuildDenseIds();
            var degrees = importer.NewDegrees();
            foreach (var file in request.Relationships)
            {
                importer.ImportRelationships(file, degrees);
            }
            clock.Mark("relationships");
            // the id map is only needed to resolve relationship ends: free it before the indexes are sorted
            importer._intIds.Clear();
            importer._denseIds = null;
            importer._stringIds.Clear();
            // Entities, properties and tokens are final now, and a checkpoint holds only those (plus the schema
            // rules, not their entries; not the adjacency, which BuildAdjacency writes to columns the checkpoint
            // does not read): write it to its temporary file while the adjacency and the indexes are built.
            var entities = importer.Entities();
            checkpoint = Helper(() =>
            {
                var file = store.PrepareBulkCheckpoint(entities);
                clock.Mark("checkpoint written");
                return file;
            });
            importer.BuildAdjacency(degrees);
            clock.Mark("adjacency");
            relText = importer.StartRelationshipText(clock);
            if (nodeIndexes is not null)
            {
                if (nodeIndexes.TryClaim())
                {
                    // the helper is still busy (a long full-text build): this thread is free now
                    nodeIndexes.Sort();
                    clock.Mark("node property indexes (by the import thread)");
                }
                else
                {
                    // a helper claimed the sort: it ends with it (the full-text thread after its build)
                    (nodeIndexSort ?? (Task)nodeText)
                        .GetAwaiter()
                        .GetResult();
                }
            }
            importer.BuildIndexes(nodeIndexes);
            clock.Mark("property indexes");
            var built = importer.Join(nodeText, relText);
            if (built is not null)
            {
                importer._s.Schema = importer._s.Schema.With(fullText: built);
            }
        }
        catch
        {
            // the import failed: stop the full-text feed, wait for the helpers, then delete the checkpoint file
            importer._nodeText?.Abort();
            foreach (var helper in new Task?[] { nodeText, relText, checkpoint, nodeIndexSort })
            {
                try
                {
                    helper?.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // the first error is the one to report
                }
            }
            if (checkpoint is { IsCompletedSuccessfully: true })
            {
                try
                {
                    GraphStore.DiscardBulkCheckpoint(checkpoint.Result);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // the build's error is the one to report
                }
            }
            throw;
        }
        var tmp = checkpoint.GetAwaiter().GetResult();
        var s = importer._s;
        store.Log(StorageLogLevel.Information, clock.Summary(s.NodeCount, s.RelCount));
        var result = new CsvImportResult(
            s.NodeCount,
            s.RelCount,
            importer._properties,
            importer._labelsAdded,
            request.Nodes.Count + request.Relationships.Count
        );
        return (s, result, tmp);
    }

    /// <summary>A shallow copy of the state for the checkpoint writer: its own reference to the schema of now.</summary>
    private StoreState Entities() => _s.CloneForWrite();

    private static CsvFieldReader Open(string path, string source, char delimiter)
    {
        try
        {
            return new CsvFieldReader(path, source, delimiter);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CypherException(
                Neo4jStatusCodes.ExternalResourceFailed,
                "Couldn't load the external resource at: "
                    + source
                    + " ("
                    + path
                    + "): "
                    + e.Message
                    + " Nothing was imported."
            );
        }
    }

    /// <summary>Reads the header row: column name → position (the first of equal names).</summary>
    private static Dictionary<string, int> ReadHeader(CsvFieldReader reader)
    {
        if (!reader.Next())
        {
            throw reader.Error(1, "the file is empty; a header row naming the columns is expected.");
        }
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            header.TryAdd(reader.Field(i).ToString(), i);
        }
        return header;
    }

    private static int Column(CsvFieldReader reader, Dictionary<string, int> header, string name, string role)
    {
        if (header.TryGetValue(name, out var i))
        {
            return i;
        }
        throw reader.Error(
            reader.Line,
            "the header has no column '"
                + name
                + "' (the "
                + role
                + "); its columns are "
                + string.Join(", ", header.OrderBy(h => h.Value).Select(h => "'" + h.Key + "'"))
                + ". Name an existing column in the import call, or fix the header."
        );
    }

    /// <summary>The property columns of a file: the listed ones, or every column not otherwise used, as strings.</summary>
    private (int Column, int Key, CsvPropertyColumn Spec)[] PropertyColumns(
        CsvFieldReader reader,
        Dictionary<string, int> header,
        IReadOnlyList<CsvPropertyColumn>? listed,
        HashSet<int> used,
        HashSet<string> keys
    )
    {
        var specs =
            listed
            ?? header
                .Where(h => !used.Contains(h.Value) && h.Key.Length > 0)
                .OrderBy(h => h.Value)
                .Select(h => new CsvPropertyColumn(h.Key, h.Key, CsvColumnType.String))
                .ToList();
        var result = new (int, int, CsvPropertyColumn)[specs.Count];
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            if (string.IsNullOrEmpty(spec.Key))
            {
                throw new CypherArgumentException(
                    "The property of column '" + spec.Column + "' in " + reader.Source + " needs a non-empty key."
                );
            }
            if (!keys.Add(spec.Key))
            {
                throw new CypherArgumentException(
                    "The property key '"
                        + spec.Key
                        + "' is given twice for "
                        + reader.Source
                        + ". Give each column its own property key."
                );
            }
            result[i] = (Column(reader, header, spec.Column, "property column"), Key(spec.Key), spec);
        }
        return result;
    }

    private int Key(string name)
    {
        var id = _s.Keys.GetId(name);
        return id >= 0 ? id : _s.Keys.Add(name);
    }

    /// <summary>Appends the row's property columns to the record being built; returns how many were not null.</summary>
    private int AppendValues(CsvFieldReader reader, (int Column, int Key, CsvPropertyColumn Spec)[] columns)
    {
        var count = 0;
        foreach (var (column, key, spec) in columns)
        {
            if (AppendValue(reader, column, key, spec))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Appends one typed field to the record being built; false when the field is null (not stored).</summary>
    private bool AppendValue(CsvFieldReader reader, int column, int key, CsvPropertyColumn spec)
    {
        if (reader.IsNull(column))
        {
            return false;
        }
        var text = reader.Field(column);
        var w = _fields;
        switch (spec.Type)
        {
            case CsvColumnType.String:
                w.WriteVarUInt((ulong)key);
                w.WriteByte(ValueCodec.String);
                w.WriteString(text);
                return true;
            case CsvColumnType.Integer:
                if (!IntegerText.TryParse(text, out var l))
                {
                    throw BadValue(reader, spec.Column, text, "an INTEGER");
                }
                w.WriteVarUInt((ulong)key);
                w.WriteByte(ValueCodec.Integer);
                w.WriteVarInt(l);
                return true;
            case CsvColumnType.Float:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                {
                    throw BadValue(reader, spec.Column, text, "a FLOAT");
                }
                w.WriteVarUInt((ulong)key);
                w.WriteByte(ValueCodec.Float);
                w.WriteDouble(d);
                return true;
            default:
                bool b;
                if (text.Equals("true", StringComparison.OrdinalIgnoreCase))
                {
                    b = true;
                }
                else if (text.Equals("false", StringComparison.OrdinalIgnoreCase))
                {
                    b = false;
                }
                else
                {
                    throw BadValue(reader, spec.Column, text, "a BOOLEAN (true or false)");
                }
                w.WriteVarUInt((ulong)key);
                w.WriteByte(b ? ValueCodec.True : ValueCodec.False);
                return true;
        }
    }

    private static CypherException BadValue(CsvFieldReader reader, string column, ReadOnlySpan<char> text, string what)
    {
        var shown = text.Length > 60 ? string.Concat(text[..60], "…") : text.ToString();
        return reader.Error(
            reader.Line,
            "column '"
                + column
                + "' holds '"
                + shown
                + "', which is not "
                + what
                + ". Fix the value, or import the column with another type (e.g. STRING)."
        );
    }

    /// <summary>Writes the record for the <paramref name="count"/> fields in <see cref="_fields"/>; returns its address (0 when empty).</summary>
    private long WriteRecord(int count, out ReadOnlySpan<byte> body)
    {
        if (count == 0)
        {
            body = default;
            return 0;
        }
        var bodyLength = VarLength((ulong)count) + _fields.Length;
        var prefix = VarLength((ulong)bodyLength);
        var span = _s.Properties.Allocate(prefix + bodyLength, out var address);
        var at = WriteVar(span, (ulong)bodyLength);
        at += WriteVar(span[at..], (ulong)count);
        _fields.WrittenSpan.CopyTo(span[at..]);
        body = span[prefix..];
        _properties += count;
        return address;
    }

    private static int VarLength(ulong v)
    {
        var n = 1;
        while (v >= 0x80)
        {
            v >>= 7;
            n++;
        }
        return n;
    }

    private static int WriteVar(Span<byte> span, ulong v)
    {
        var i = 0;
        while (v >= 0x80)
        {
            span[i++] = (byte)(v | 0x80);
            v >>= 7;
        }
        span[i++] = (byte)v;
        return i;
    }

    private void Tick(long row)
    {
        if ((row & (CheckEvery - 1)) == 0)
        {
            _cancellation.ThrowIfCancellationRequested();
        }
    }

    /// <summary>
    /// Starts the builder of the node full-text indexes, fed by the node pass (<see cref="_nodeText"/>); no
    /// thread when there are none. Started before the first node, while the second core is idle.
    /// </summary>
    private Task<(int, FullTextIndex)[]> StartNodeText(ImportClock clock)
    {
        var positions = new List<int>();
        var fullText = _s.Schema.FullText;
        for (var i = 0; i < fullText.Length; i++)
        {
            if (fullText[i].Descriptor.EntityType == EntityType.Node)
            {
                positions.Add(i);
            }
        }
        if (positions.Count == 0)
        {
            return Task.FromResult(Array.Empty<(int, FullTextIndex)>());
        }
        var descriptors = new IndexDescriptor[positions.Count];
        for (var k = 0; k < descriptors.Length; k++)
        {
            descriptors[k] = fullText[positions[k]].Descriptor;
        }
        var feed = new NodeTextFeed([.. positions], descriptors);
        _nodeText = feed;
        return Helper(() =>
        {
            var built = feed.Run(_cancellation);
            clock.Mark("node full-text");
            // Run returned after Complete, which the node pass calls after setting _nodeIndexes (under the feed's lock)
            if (_nodeIndexes is { } indexes && indexes.TryClaim())
            {
                indexes.Sort();
                clock.Mark("node property indexes");
            }
            return built;
        });
    }

    /// <summary>
    /// Starts building the full-text indexes on relationships over a view of the entities as they are now
    /// (final); each result carries its position in the schema.
    /// </summary>
    private Task<(int, FullTextIndex)[]> StartRelationshipText(ImportClock clock)
    {
        var schema = _s.Schema;
        var positions = new List<int>();
        for (var i = 0; i < schema.FullText.Length; i++)
        {
            if (schema.FullText[i].Descriptor.EntityType == EntityType.Relationship)
            {
                positions.Add(i);
            }
        }
        if (positions.Count == 0)
        {
            return Task.FromResult(Array.Empty<(int, FullTextIndex)>());
        }
        var view = new GraphSnapshot(_store, Entities());
        return Helper(() =>
        {
            var built = new (int, FullTextIndex)[positions.Count];
            for (var k = 0; k < positions.Count; k++)
            {
                _cancellation.ThrowIfCancellationRequested();
                var i = positions[k];
                built[k] = (i, FullTextIndex.Build(schema.FullText[i].Descriptor, view));
            }
            clock.Mark("relationship full-text");
            return built;
        });
    }

    /// <summary>
    /// Runs a build step beside the import on a thread of its own: a one-off import should not wait for the
    /// thread pool to start up and grow (it costs milliseconds in a fresh process), nor hold a pool thread for long.
    /// </summary>
    private static Task<T> Helper<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The full-text indexes of both builds in schema order; null when the schema has none.</summary>
    private FullTextIndex[]? Join(Task<(int, FullTextIndex)[]> nodes, Task<(int, FullTextIndex)[]> relationships)
    {
        if (_s.Schema.FullText.Length == 0)
        {
            return null;
        }
        var all = new FullTextIndex[_s.Schema.FullText.Length];
        foreach (var task in new[] { nodes, relationships })
        {
            foreach (var (i, index) in task.GetAwaiter().GetResult())
            {
                all[i] = index;
            }
        }
        return all;
    }

    private static string Where(List<SourceFile> files, List<int> lines, long offset)
    {
        var f = files.Count - 1;
        while (f > 0 && files[f].First > offset)
        {
            f--;
        }
        return files[f].Source + " line " + lines[(int)offset].ToString(CultureInfo.InvariantCulture);
    }

    private PropertyIndex[] IndexesFor(EntityType entity, ReadOnlySpan<int> tokens)
    {
        if (_s.Schema.Indexes.Length == 0)
        {
            return [];
        }
        var list = new List<PropertyIndex>();
        foreach (var t in tokens)
        {
            list.AddRange(_s.Schema.IndexesFor(entity, t));
        }
        return [.. list];
    }

    private void AddIndexEntries(PropertyIndex[] indexes, ReadOnlySpan<byte> body, long id)
    {
        foreach (var index in indexes)
        {
            var key = WriteTransaction.KeyFor(index, body);
            if (key is not null)
            {
                Entries(index).Add(key, id);
            }
        }
    }

    private IndexEntryBuffer Entries(PropertyIndex index)
    {
        if (!_indexEntries.TryGetValue(index.Descriptor.Id, out var buffer))
        {
            buffer = new IndexEntryBuffer();
            _indexEntries[index.Descriptor.Id] = buffer;
        }
        return buffer;
    }

    /// <summary>An input file and the offset of its first entity (a class: a list of a tuple holding an int would be JIT-compiled at every start).</summary>
    private sealed record SourceFile(int First, string Source);
}
