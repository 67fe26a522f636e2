using EconSecGraph.Cypher.Operators;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Store;
using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Planning;

internal sealed partial class QueryPlanner
{
    private PlanNode PlanShortestPathPart(PatternPart part, PlanNode current, PatternState state)
    {
        var element = part.Element;
        if (element.Steps.Count != 1)
        {
            throw new CypherSyntaxException(
                "shortestPath(...) requires a pattern containing a single relationship",
                Position(part),
                "InvalidShortestPath"
            );
        }
        current = BindNode(element.Start, current, state, FindSeek(element.Start, state), out var fromSlot);
        current = BindNode(
            element.Steps[0].Node,
            current,
            state,
            FindSeek(element.Steps[0].Node, state),
            out var toSlot
        );
        var rel = element.Steps[0].Relationship;
        var direction = rel.Direction switch
        {
            RelationshipDirection.Outgoing => ExpandDirection.Outgoing,
            RelationshipDirection.Incoming => ExpandDirection.Incoming,
            _ => ExpandDirection.Both,
        };
        var types = rel.Types is null ? null : RelationshipTypes(rel.Types);
        var min = rel.Length?.Min ?? 1;
        var max = rel.Length is null ? 1 : rel.Length.Max ?? long.MaxValue;
        if (min > 1)
        {
            throw new CypherSyntaxException(
                "shortestPath(...) does not support a minimal length different from 0 or 1",
                Position(rel),
                "InvalidShortestPath"
            );
        }
        var pathName = part.Variable?.Name ?? NewAnonymous("path");
        var pathSlot = _slots.New(pathName);
        var relsSlot = -1;
        if (rel.Variable is not null)
        {
            relsSlot = _slots.New(rel.Variable.Name);
            state.Scope.Bind(rel.Variable.Name, relsSlot);
        }
        state.Scope.Bind(pathName, pathSlot);
        current = new ShortestPathNode(
            current,
            fromSlot,
            toSlot,
            pathSlot,
            relsSlot,
            direction,
            types,
            min,
            max,
            part.Selector == PathSelector.AllShortestPaths,
            Text(part)
        );
        if (rel.Properties is not null)
        {
            var relProps = PropertyMapPredicate(rel.Properties, _slots.New(NewAnonymous("hop")), state.Scope);
            var tempSlot = _slots.Count - 1;
            var ps = pathSlot;
            current = new FilterNode(
                current,
                (row, ctx) =>
                {
                    if (row[ps] is not CypherPath p)
                    {
                        return CypherBoolean.False;
                    }
                    foreach (var r in p.Relationships)
                    {
                        row[tempSlot] = r;
                        if (!ReferenceEquals(relProps(row, ctx), CypherBoolean.True))
                        {
                            return CypherBoolean.False;
                        }
                    }
                    return CypherBoolean.True;
                },
                Text(rel.Properties)
            );
        }
        return ApplyReadyFilters(current, state);
    }

    private Evaluator CompileShortestPathExpression(ShortestPathExpression sp, Scope scope)
    {
        var inner = scope.Clone();
        var pathName = sp.Pattern.Variable?.Name ?? NewAnonymous("path");
        var part = sp.Pattern with { Variable = new Variable(sp.Span, pathName) };
        var state = new PatternState(inner, []);
        var plan = PlanShortestPathPart(part, new ArgumentNode(), state);
        inner.TryGet(pathName, out var slot);
        var all = sp.Pattern.Selector == PathSelector.AllShortestPaths;
        var collect = Collect(plan, (row, _) => row[slot]);
        return (row, ctx) =>
        {
            var list = (CypherList)collect(row, ctx);
            if (all)
            {
                return list;
            }
            return list.Count == 0 ? CypherNull.Instance : list[0];
        };
    }
}
