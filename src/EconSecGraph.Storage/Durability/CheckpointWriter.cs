using System.Buffers.Binary;
using EconSecGraph.Storage.Internal;
using EconSecGraph.Storage.Schema;

namespace EconSecGraph.Storage.Durability;

/// <summary>
/// Writes a checkpoint: the whole state of one snapshot as a stream of the journal's operations
/// (tokens, nodes, relationships, then schema), in checksummed records, to a temporary file that is
/// fsynced and renamed into place. Reads only the immutable snapshot, so writers are never blocked.
/// </summary>
internal static class CheckpointWriter
{
    public static ReadOnlySpan<byte> Magic => "ESGCKPT1"u8;

    public static string Write(string directory, string storeId, GraphSnapshot snapshot, bool sync)
    {
        var tmp = WriteTemporary(directory, storeId, snapshot, sync);
        return Install(directory, tmp, sync);
    }

    /// <summary>The temporary file a checkpoint of transaction <paramref name="txId"/> is written to before its rename.</summary>
    public static string TemporaryPath(string directory, long txId) => StoreFiles.Checkpoint(directory, txId) + ".tmp";

    /// <summary>Renames a complete temporary checkpoint into place (the moment it counts); returns its path.</summary>
    public static string Install(string directory, string tmp, bool sync)
    {
        var path = tmp[..^".tmp".Length];
        File.Move(tmp, path, overwrite: true);
        if (sync)
        {
            DirectorySync.Sync(directory);
        }
        return path;
    }

    /// <summary>
    /// Writes the checkpoint of <paramref name="snapshot"/> to its temporary file (fsynced when
    /// <paramref name="sync"/>) without installing it: recovery ignores and deletes temporary files.
    /// </summary>
    public static string WriteTemporary(string directory, string storeId, GraphSnapshot snapshot, bool sync)
    {
        var txId = snapshot.TransactionId;
        var tmp = TemporaryPath(directory, txId);
        using (var file = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var header = JournalFormat.FileHeader(storeId, txId);
            Magic.CopyTo(header);
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(60), Crc.Compute(header.AsSpan(0, 60)));
            file.Write(header);
            Span<byte> id = stackalloc byte[8];
            BinaryPrimitives.WriteInt64LittleEndian(id, txId);
            RecordWriter.Write(file, JournalFormat.TxBegin, id);
            var w = new ByteWriter(1 << 17);
            var s = snapshot.S;
            WriteTokens(w, s.Labels, TxOp.LabelToken);
            WriteTokens(w, s.Types, TxOp.TypeToken);
            WriteTokens(w, s.Keys, TxOp.KeyToken);
            Flush(file, w);
            var nodes = snapshot.AllNodes();
            while (nodes.MoveNext())
            {
                var n = nodes.Current;
                w.WriteByte(TxOp.CreateNode);
                w.WriteVarUInt((ulong)n);
                var labels = s.NodeLabelSet(n);
                w.WriteVarUInt((ulong)labels.Length);
                foreach (var l in labels)
                {
                    w.WriteVarUInt((ulong)l);
                }
                var body = s.PropertyBody(s.NodeProps.Get(n));
                w.WriteVarUInt((ulong)body.Length);
                w.WriteBytes(body);
                Flush(file, w);
            }
            var rels = snapshot.AllRelationships();
            while (rels.MoveNext())
            {
                var r = rels.Current;
                w.WriteByte(TxOp.CreateRelationship);
                w.WriteVarUInt((ulong)r.Id);
                w.WriteVarUInt((ulong)r.StartNodeId);
                w.WriteVarUInt((ulong)r.EndNodeId);
                w.WriteVarUInt((ulong)r.TypeId);
                var body = s.PropertyBody(s.RelProps.Get(r.Id));
                w.WriteVarUInt((ulong)body.Length);
                w.WriteBytes(body);
                Flush(file, w);
            }
            WriteSchema(w, s);
            w.WriteByte(TxOp.HighWater);
            w.WriteVarUInt((ulong)s.NextNodeId);
            w.WriteVarUInt((ulong)s.NextRelId);
            w.WriteVarUInt((ulong)s.Schema.NextId);
            Flush(file, w, force: true);
            RecordWriter.Write(file, JournalFormat.TxCommit, id);
            file.Flush(sync);
        }
        return tmp;
    }

    private static void WriteTokens(ByteWriter w, TokenTable table, byte op)
    {
        for (var i = 0; i < table.Count; i++)
        {
            w.WriteByte(op);
            w.WriteVarUInt((ulong)i);
            w.WriteString(table.GetName(i));
        }
    }

    private static void WriteSchema(ByteWriter w, StoreState s)
    {
        var schema = s.Schema;
        foreach (var lookup in new Indexing.SchemaState([], [], [], 3, null).Lookups)
        {
            if (!schema.Lookups.Any(l => l.Id == lookup.Id))
            {
                w.WriteByte(TxOp.DropIndex);
                w.WriteString(lookup.Name);
            }
        }
        // the rules in creation (id) order; a plain insertion sort, as a schema holds a handful of rules
        // (and LINQ's ordering over tuples would be compiled at run time on every start-up)
        var rules = new List<SchemaRule>();
        foreach (var index in schema.Indexes)
        {
            var op = index.Descriptor.OwningConstraint is null ? TxOp.CreateIndex : TxOp.CreateConstraint;
            rules.Add(new SchemaRule(index.Descriptor, op));
        }
        foreach (var fullText in schema.FullText)
        {
            rules.Add(new SchemaRule(fullText.Descriptor, TxOp.CreateIndex));
        }
        for (var i = 1; i < rules.Count; i++)
        {
            for (var j = i; j > 0 && rules[j - 1].Descriptor.Id > rules[j].Descriptor.Id; j--)
            {
                (rules[j - 1], rules[j]) = (rules[j], rules[j - 1]);
            }
        }
        foreach (var (d, op) in rules)
        {
            WriteDescriptor(w, op, d);
        }
    }

    internal static void WriteDescriptor(ByteWriter w, byte op, IndexDescriptor d)
    {
        w.WriteByte(op);
        w.WriteVarUInt((ulong)d.Id);
        w.WriteString(d.Name);
        w.WriteByte((byte)d.Type);
        w.WriteByte((byte)d.EntityType);
        w.WriteVarUInt((ulong)d.LabelsOrTypes.Count);
        foreach (var t in d.LabelsOrTypes)
        {
            w.WriteString(t);
        }
        w.WriteVarUInt((ulong)d.Properties.Count);
        foreach (var p in d.Properties)
        {
            w.WriteString(p);
        }
        w.WriteString(d.Analyzer ?? string.Empty);
        w.WriteByte(d.EventuallyConsistent ? (byte)1 : (byte)0);
    }

    private static void Flush(FileStream file, ByteWriter w, bool force = false)
    {
        if (w.Length >= 1 << 16 || (force && w.Length > 0))
        {
            RecordWriter.Write(file, JournalFormat.Ops, w.WrittenSpan);
            w.Clear();
        }
    }

    // a class, not a tuple: a list of a tuple holding a byte would be JIT-compiled at every start
    private sealed record SchemaRule(IndexDescriptor Descriptor, byte Op);
}
