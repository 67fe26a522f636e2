using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>
/// DELETE / DETACH DELETE. A node that still has relationships is deleted once the clause has seen
/// every row (so <c>MATCH (n)-[r]-() DELETE n, r</c> works); if relationships remain then, it fails.
/// </summary>
internal sealed class DeleteNode(PlanNode input, IReadOnlyList<Evaluator> targets, bool detach, string text)
    : PlanNode(input)
{
    public override string Name => detach ? "DetachDelete" : "Delete";

    public override string Details => text;

    protected override Cursor CreateCursor(QueryContext context, CypherValue[] row) =>
        new DeleteCursor(Children[0].Open(context, row), targets, detach, row, context);

    private sealed class DeleteCursor(
        Cursor input,
        IReadOnlyList<Evaluator> targets,
        bool detach,
        CypherValue[] row,
        QueryContext context
    ) : Cursor
    {
        private readonly HashSet<long> _pending = [];
        private bool _done;

        public override bool MoveNext()
        {
            if (_done)
            {
                return false;
            }
            if (!input.MoveNext())
            {
                Finish();
                return false;
            }
            context.Tick();
            foreach (var target in targets)
            {
                Delete(target(row, context));
            }
            return true;
        }

        private void Delete(CypherValue value)
        {
            var writer = context.RequireWriter();
            switch (value)
            {
                case CypherNull:
                    return;
                case CypherNode n:
                    if (writer.IsDeletedNode(n.Id))
                    {
                        return;
                    }
                    if (detach)
                    {
                        foreach (var r in writer.Relationships(n.Id, Store.ExpandDirection.Both, null).ToArray())
                        {
                            if (writer.DeleteRelationship(r.Id))
                            {
                                context.Counters.RelationshipsDeleted++;
                            }
                        }
                    }
                    if (writer.Degree(n.Id, Store.ExpandDirection.Both, null) > 0)
                    {
                        _pending.Add(n.Id);
                        return;
                    }
                    if (writer.DeleteNode(n.Id))
                    {
                        context.Counters.NodesDeleted++;
                    }
                    return;
                case CypherRelationship r:
                    if (writer.DeleteRelationship(r.Id))
                    {
                        context.Counters.RelationshipsDeleted++;
                    }
                    return;
                case CypherPath p:
                    foreach (var r in p.Relationships)
                    {
                        Delete(r);
                    }
                    foreach (var n in p.Nodes)
                    {
                        Delete(n);
                    }
                    return;
                default:
                    throw new CypherTypeException(
                        "Expected a node, relationship or path to delete, but got "
                            + value.TypeName
                            + " ("
                            + value
                            + ").",
                        detail: "InvalidArgumentType"
                    );
            }
        }

        private void Finish()
        {
            _done = true;
            var writer = context.RequireWriter();
            foreach (var id in _pending)
            {
                if (writer.IsDeletedNode(id))
                {
                    continue;
                }
                if (writer.Degree(id, Store.ExpandDirection.Both, null) > 0)
                {
                    throw new ConstraintViolationException(
                        "Cannot delete node<"
                            + id.ToString(System.Globalization.CultureInfo.InvariantCulture)
                            + ">, because it still has relationships. To delete this node, you must first delete its relationships (or use DETACH DELETE).",
                        "DeleteConnectedNode"
                    );
                }
                if (writer.DeleteNode(id))
                {
                    context.Counters.NodesDeleted++;
                }
            }
            _pending.Clear();
        }

        public override void Close() => input.Close();
    }
}
