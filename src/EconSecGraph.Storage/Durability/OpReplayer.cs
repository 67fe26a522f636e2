using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.Internal;
using EconSecGraph.Storage.Schema;

namespace EconSecGraph.Storage.Durability;

/// <summary>Re-applies logged operations (journal or checkpoint) to a write transaction in replay mode.</summary>
internal static class OpReplayer
{
    public static void Apply(WriteTransaction tx, ReadOnlySpan<byte> ops)
    {
        var r = new ByteReader(ops);
        while (r.Remaining > 0)
        {
            var op = r.ReadByte();
            switch (op)
            {
                case TxOp.CreateNode:
                {
                    var id = (long)r.ReadVarUInt();
                    var labels = ReadLabels(ref r);
                    var props = ReadBody(ref r);
                    tx.ReplayCreateNode(id, labels, props);
                    break;
                }
                case TxOp.DeleteNode:
                    tx.DeleteNode((long)r.ReadVarUInt());
                    break;
                case TxOp.SetNodeProperties:
                {
                    var id = (long)r.ReadVarUInt();
                    tx.ReplaceNodeProperties(id, ReadBody(ref r));
                    break;
                }
                case TxOp.SetNodeLabels:
                {
                    var id = (long)r.ReadVarUInt();
                    var labels = ReadLabels(ref r);
                    foreach (var l in tx.GetLabels(id).ToArray())
                    {
                        if (Array.IndexOf(labels, l) < 0)
                        {
                            tx.RemoveLabel(id, l);
                        }
                    }
                    foreach (var l in labels)
                    {
                        tx.AddLabel(id, l);
                    }
                    break;
                }
                case TxOp.CreateRelationship:
                {
                    var id = (long)r.ReadVarUInt();
                    var start = (long)r.ReadVarUInt();
                    var end = (long)r.ReadVarUInt();
                    var type = (int)r.ReadVarUInt();
                    tx.ReplayCreateRelationship(id, start, type, end, ReadBody(ref r));
                    break;
                }
                case TxOp.DeleteRelationship:
                    tx.DeleteRelationship((long)r.ReadVarUInt());
                    break;
                case TxOp.SetRelationshipProperties:
                {
                    var id = (long)r.ReadVarUInt();
                    tx.ReplaceRelationshipProperties(id, ReadBody(ref r));
                    break;
                }
                case TxOp.LabelToken or TxOp.TypeToken or TxOp.KeyToken:
                {
                    var id = (int)r.ReadVarUInt();
                    var name = r.ReadString();
                    var got = op switch
                    {
                        TxOp.LabelToken => tx.GetOrCreateLabelId(name),
                        TxOp.TypeToken => tx.GetOrCreateRelationshipTypeId(name),
                        _ => tx.GetOrCreatePropertyKeyId(name),
                    };
                    if (got != id)
                    {
                        throw new FormatException($"Token '{name}' replayed as id {got}, logged as {id}.");
                    }
                    break;
                }
                case TxOp.CreateIndex or TxOp.CreateConstraint:
                {
                    var id = (long)r.ReadVarUInt();
                    var name = r.ReadString();
                    var type = (IndexType)r.ReadByte();
                    var entity = (EntityType)r.ReadByte();
                    var tokens = new string[r.ReadCount()];
                    for (var i = 0; i < tokens.Length; i++)
                    {
                        tokens[i] = r.ReadString();
                    }
                    var props = new string[r.ReadCount()];
                    for (var i = 0; i < props.Length; i++)
                    {
                        props[i] = r.ReadString();
                    }
                    var analyzer = r.ReadString();
                    var eventual = r.ReadByte() == 1;
                    if (op == TxOp.CreateConstraint)
                    {
                        tx.CreateConstraintCore(id, name, entity, tokens[0], props, false);
                    }
                    else if (type == IndexType.FullText)
                    {
                        tx.CreateFullTextCore(id, name, entity, tokens, props, analyzer, eventual, false);
                    }
                    else
                    {
                        tx.CreateIndexCore(id, name, entity, tokens[0], props, type, false);
                    }
                    break;
                }
                case TxOp.DropIndex:
                    tx.DropIndex(r.ReadString());
                    break;
                case TxOp.DropConstraint:
                    tx.DropConstraint(r.ReadString());
                    break;
                case TxOp.HighWater:
                    tx.ReplayHighWater((long)r.ReadVarUInt(), (long)r.ReadVarUInt(), (long)r.ReadVarUInt());
                    break;
                default:
                    throw new FormatException($"Unknown operation code {op}.");
            }
        }
    }

    private static int[] ReadLabels(ref ByteReader r)
    {
        var labels = new int[r.ReadCount()];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = (int)r.ReadVarUInt();
        }
        return labels;
    }

    private static List<KeyValuePair<int, CypherValue>> ReadBody(ref ByteReader r)
    {
        var body = r.ReadBytes(r.ReadCount());
        var list = new List<KeyValuePair<int, CypherValue>>();
        if (!body.IsEmpty)
        {
            PropertyRecord.ReadAll(body, list);
        }
        return list;
    }
}
