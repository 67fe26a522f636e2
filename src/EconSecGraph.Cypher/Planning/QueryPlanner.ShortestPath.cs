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
        var typePredicate = rel.Types is null ? null : RelationshipTypePredicate(rel.Types);
        var types = rel.Types is null || typePredicate is not null ? null : RelationshipTypes(rel.Types);
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
        var relFilters = new List<Func<CypherRelationship, CypherValue[], QueryContext, bool>>();
        var nodeFilters = new List<Func<CypherNode, CypherValue[], QueryContext, bool>>();
        if (rel.Properties is not null)
        {
            var hop = _slots.New(NewAnonymous("hop"));
            var relProps = PropertyMapPredicate(rel.Properties, hop, state.Scope);
            relFilters.Add(
                (r, row, ctx) =>
                {
                    row[hop] = r;
                    return ReferenceEquals(relProps(row, ctx), CypherBoolean.True);
                }
            );
        }
        var pathFilters = PathPredicates(pathName, rel.Variable?.Name, state, relFilters, nodeFilters);
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
        )
        {
            TypePredicate = typePredicate,
            RelationshipFilter =
                relFilters.Count == 0 ? null : (r, row, ctx) => relFilters.TrueForAll(f => f(r, row, ctx)),
            NodeFilter = nodeFilters.Count == 0 ? null : (n, row, ctx) => nodeFilters.TrueForAll(f => f(n, row, ctx)),
            PathFilter =
                pathFilters.Count == 0
                    ? null
                    : (row, ctx) => pathFilters.TrueForAll(f => ReferenceEquals(f(row, ctx), CypherBoolean.True)),
        };
        return ApplyReadyFilters(current, state);
    }

    /// <summary>
    /// Takes the WHERE conjuncts about the shortest path (they mention the path or its relationship list, and
    /// everything else they mention is bound) out of the pattern's filters: Neo4j applies them during the search.
    /// <c>all</c>/<c>none</c> over <c>relationships(p)</c> or <c>nodes(p)</c> become per-element filters; the rest
    /// are returned as predicates on the whole path.
    /// </summary>
    private List<Evaluator> PathPredicates(
        string pathName,
        string? relName,
        PatternState state,
        List<Func<CypherRelationship, CypherValue[], QueryContext, bool>> relFilters,
        List<Func<CypherNode, CypherValue[], QueryContext, bool>> nodeFilters
    )
    {
        var pathVars = new HashSet<string>(StringComparer.Ordinal) { pathName };
        if (relName is not null)
        {
            pathVars.Add(relName);
        }
        var whole = new List<Evaluator>();
        for (var i = 0; i < state.Conjuncts.Count; i++)
        {
            var c = state.Conjuncts[i];
            var names = FreeVariables(c);
            if (!names.Overlaps(pathVars) || !names.All(n => pathVars.Contains(n) || state.Scope.Contains(n)))
            {
                continue;
            }
            state.Conjuncts.RemoveAt(i);
            i--;
            if (
                c is QuantifierExpression { Quantifier: Quantifier.All or Quantifier.None, Where: { } where } q
                && ElementSource(q.Source, pathName, relName) is { } nodes
                && !FreeVariables(where).Overlaps(pathVars)
            )
            {
                var inner = state.Scope.Clone();
                var slot = _slots.New(NewAnonymous("element"));
                inner.Bind(q.Variable.Name, slot);
                var test = Compile(where, inner);
                var want = q.Quantifier == Quantifier.All ? CypherBoolean.True : CypherBoolean.False;
                if (nodes)
                {
                    nodeFilters.Add(
                        (n, row, ctx) =>
                        {
                            row[slot] = n;
                            return want.Equals(test(row, ctx));
                        }
                    );
                }
                else
                {
                    relFilters.Add(
                        (r, row, ctx) =>
                        {
                            row[slot] = r;
                            return want.Equals(test(row, ctx));
                        }
                    );
                }
                continue;
            }
            whole.Add(Compile(c, state.Scope));
        }
        return whole;
    }

    /// <summary>True for <c>nodes(p)</c>, false for <c>relationships(p)</c> or the relationship list variable, else null.</summary>
    private static bool? ElementSource(Expression source, string pathName, string? relName) =>
        source switch
        {
            Variable v when string.Equals(v.Name, relName, StringComparison.Ordinal) => false,
            FunctionInvocation { Namespace.Count: 0, Arguments: [Variable v] } f
                when string.Equals(v.Name, pathName, StringComparison.Ordinal) => f.Name.ToUpperInvariant() switch
            {
                "NODES" => true,
                "RELATIONSHIPS" or "RELS" => false,
                _ => null,
            },
            _ => null,
        };

    /// <summary>The variables an expression reads from outside (minus those its comprehensions and quantifiers declare).</summary>
    private static HashSet<string> FreeVariables(Expression e)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        CollectVariables(e, names);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        void Walk(Expression x)
        {
            switch (x)
            {
                case QuantifierExpression q:
                    declared.Add(q.Variable.Name);
                    break;
                case ListComprehension lc:
                    declared.Add(lc.Variable.Name);
                    break;
                case ReduceExpression r:
                    declared.Add(r.Variable.Name);
                    declared.Add(r.Accumulator.Name);
                    break;
            }
            foreach (var child in Children(x))
            {
                Walk(child);
            }
        }
        Walk(e);
        // A declared name that is also read outside its declaration would be kept by a precise analysis;
        // dropping it only makes the conjunct stay an ordinary filter when the name is not bound.
        names.ExceptWith(declared);
        return names;
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
