using EconSecGraph.Cypher.Operators;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Store;
using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Planning;

internal sealed partial class QueryPlanner
{
    /// <summary>
    /// Counts straight from the count store (see <see cref="CountStoreNode"/>) for
    /// <c>MATCH (n[:L]) RETURN count(n)</c> and <c>MATCH ()-[r[:T]]-&gt;() RETURN [type(r),] count(r)</c>:
    /// only when the MATCH is the first clause (its input is the one-row argument), the pattern is one
    /// plain scan (+ one directed hop from an unlabelled node) with nothing filtering it, every
    /// aggregate is a plain <c>count(*)</c> or <c>count(v)</c> of a pattern variable (never null), and
    /// the only grouping key is <c>type(r)</c>. Undirected hops are left to the generic plan.
    /// </summary>
    private CountStoreNode? TryCountStore(
        PlanNode input,
        List<PlannedItem> items,
        List<SlotEvaluator> keys,
        List<AggregateSpec> aggregates,
        Dictionary<Expression, int> substitutions,
        Scope scope,
        ProjectionBody body
    )
    {
        if (aggregates.Count == 0 || keys.Count > 1 || body.Distinct)
        {
            return null;
        }
        ExpandSpec? spec = null;
        NodeScanNode scan;
        switch (input)
        {
            case NodeScanNode s:
                scan = s;
                break;
            case ExpandNode
            {
                Spec: { Into: false, DistinctFrom.Length: 0, Direction: not ExpandDirection.Both, RelSlot: >= 0 } e,
            } expand when expand.Children[0] is NodeScanNode { Label: null } from && from.Slot == e.FromSlot:
                scan = from;
                spec = e;
                break;
            default:
                return null;
        }
        if (scan.Children[0] is not ArgumentNode)
        {
            return null;
        }
        int[] countable = spec is null ? [scan.Slot] : [spec.FromSlot, spec.RelSlot, spec.ToSlot];
        var resultSlots = new int[aggregates.Count];
        for (var i = 0; i < aggregates.Count; i++)
        {
            var agg = substitutions.First(kv => kv.Value == aggregates[i].Slot).Key;
            switch (agg)
            {
                case CountStar:
                    break;
                case FunctionInvocation { Distinct: false, Namespace.Count: 0, Arguments: [Variable v] } f
                    when string.Equals(f.Name, "count", StringComparison.OrdinalIgnoreCase)
                        && scope.TryGet(v.Name, out var slot)
                        && countable.Contains(slot):
                    break;
                default:
                    return null;
            }
            resultSlots[i] = aggregates[i].Slot;
        }
        var typeSlot = -1;
        if (keys.Count == 1)
        {
            if (spec is null)
            {
                return null;
            }
            var keyExpr = items.First(it => it.Expr is null || !ContainsAggregate(it.Expr)).Expr;
            if (
                keyExpr is not FunctionInvocation { Distinct: false, Namespace.Count: 0, Arguments: [Variable r] } type
                || !string.Equals(type.Name, "type", StringComparison.OrdinalIgnoreCase)
                || !scope.TryGet(r.Name, out var rSlot)
                || rSlot != spec.RelSlot
            )
            {
                return null;
            }
            typeSlot = keys[0].Slot;
        }
        var details = string.Join(", ", body.Items.Select(it => Text(it)));
        return spec is null
            ? CountStoreNode.ForNodes(scan.Children[0], scan.Label, resultSlots, details)
            : CountStoreNode.ForRelationships(scan.Children[0], spec, typeSlot, resultSlots, details);
    }
}
