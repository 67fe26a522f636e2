using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Planning;

internal sealed partial class QueryPlanner
{
    private Evaluator CompileFunction(FunctionInvocation f, Scope scope)
    {
        var name = f.FullName.ToLowerInvariant();
        if (AggregateFunctions.IsAggregate(name))
        {
            throw new CypherSyntaxException(
                "Invalid use of aggregating function " + f.FullName + "(...) in this context",
                Position(f),
                "InvalidAggregation"
            );
        }
        // size((a)-->()) is a pattern count.
        if (
            string.Equals(name, "size", StringComparison.Ordinal)
            && f.Arguments.Count == 1
            && f.Arguments[0] is PatternExpression pe
        )
        {
            var paths = CompilePatternList(pe.Pattern, scope);
            return (row, ctx) => CypherInteger.Of(((CypherList)paths(row, ctx)).Count);
        }
        if (string.Equals(name, "exists", StringComparison.Ordinal) && f.Arguments.Count == 1)
        {
            if (f.Arguments[0] is PatternExpression pattern)
            {
                return CompilePatternPredicate(pattern, scope);
            }
            var arg = Compile(f.Arguments[0], scope);
            return (row, ctx) => arg(row, ctx).IsNull ? CypherBoolean.False : CypherBoolean.True;
        }
        var args = f.Arguments.Select(a => Compile(a, scope)).ToArray();
        if (GraphFunctions.TryGet(name, args.Length, out var graphFunction))
        {
            return Invoke(graphFunction, args);
        }
        if (name is "coalesce")
        {
            return (row, ctx) =>
            {
                foreach (var a in args)
                {
                    var v = a(row, ctx);
                    if (!v.IsNull)
                    {
                        return v;
                    }
                }
                return CypherNull.Instance;
            };
        }
        if (name is "linenumber" or "file")
        {
            var slot = _csvStateSlot;
            if (slot < 0)
            {
                return Constant(CypherNull.Instance);
            }
            var line = string.Equals(name, "linenumber", StringComparison.Ordinal);
            return (row, _) => row[slot] is CypherList state ? state[line ? 0 : 1] : CypherNull.Instance;
        }
        var function = _services.Functions.Resolve(f.FullName, args.Length, Position(f));
        return Invoke(function, args);
    }

    private static Evaluator Invoke(Func<CypherValue[], QueryContext, CypherValue> function, Evaluator[] args)
    {
        switch (args.Length)
        {
            case 0:
                return (_, ctx) => function([], ctx);
            case 1:
            {
                var a0 = args[0];
                return (row, ctx) => function([a0(row, ctx)], ctx);
            }
            default:
                return (row, ctx) =>
                {
                    var values = new CypherValue[args.Length];
                    for (var i = 0; i < values.Length; i++)
                    {
                        values[i] = args[i](row, ctx);
                    }
                    return function(values, ctx);
                };
        }
    }

    /// <summary>True when <paramref name="expression"/> contains an aggregate outside any nested scope.</summary>
    internal static bool ContainsAggregate(Expression expression) => FindAggregates(expression).Any();

    internal static IEnumerable<Expression> FindAggregates(Expression expression)
    {
        switch (expression)
        {
            case CountStar:
                yield return expression;
                yield break;
            case FunctionInvocation f when AggregateFunctions.IsAggregate(f.FullName.ToLowerInvariant()):
                yield return expression;
                yield break;
            case ListComprehension or PatternComprehension or ExistsSubquery or CountSubquery or CollectSubquery:
                // aggregates inside these belong to their own scope (and are rejected there)
                foreach (var child in Children(expression))
                {
                    foreach (var a in FindAggregates(child))
                    {
                        yield return a;
                    }
                }
                yield break;
        }
        foreach (var child in Children(expression))
        {
            foreach (var a in FindAggregates(child))
            {
                yield return a;
            }
        }
    }

    /// <summary>The direct sub-expressions of an expression (not descending into subquery bodies).</summary>
    internal static IEnumerable<Expression> Children(Expression expression)
    {
        switch (expression)
        {
            case BinaryExpression b:
                yield return b.Left;
                yield return b.Right;
                break;
            case UnaryExpression u:
                yield return u.Operand;
                break;
            case IsNullExpression n:
                yield return n.Operand;
                break;
            case PropertyLookup p:
                yield return p.Subject;
                break;
            case IndexExpression ix:
                yield return ix.Subject;
                yield return ix.Index;
                break;
            case SliceExpression s:
                yield return s.Subject;
                if (s.From is not null)
                {
                    yield return s.From;
                }
                if (s.To is not null)
                {
                    yield return s.To;
                }
                break;
            case LabelPredicate lp:
                yield return lp.Subject;
                break;
            case ListLiteral l:
                foreach (var i in l.Items)
                {
                    yield return i;
                }
                break;
            case MapLiteral m:
                foreach (var e in m.Entries)
                {
                    yield return e.Value;
                }
                break;
            case FunctionInvocation f:
                foreach (var a in f.Arguments)
                {
                    yield return a;
                }
                break;
            case CaseExpression c:
                if (c.Subject is not null)
                {
                    yield return c.Subject;
                }
                foreach (var a in c.Alternatives)
                {
                    yield return a.When;
                    yield return a.Then;
                }
                if (c.Else is not null)
                {
                    yield return c.Else;
                }
                break;
            case ListComprehension lc:
                yield return lc.Source;
                if (lc.Where is not null)
                {
                    yield return lc.Where;
                }
                if (lc.Projection is not null)
                {
                    yield return lc.Projection;
                }
                break;
            case QuantifierExpression q:
                yield return q.Source;
                if (q.Where is not null)
                {
                    yield return q.Where;
                }
                break;
            case ReduceExpression r:
                yield return r.Initial;
                yield return r.Source;
                yield return r.Step;
                break;
            case MapProjection mp:
                yield return mp.Subject;
                foreach (var item in mp.Items)
                {
                    if (item is MapProjectionEntry e)
                    {
                        yield return e.Value;
                    }
                    else if (item is VariableSelector v)
                    {
                        yield return v.Variable;
                    }
                }
                break;
        }
    }

    /// <summary>Every variable name an expression mentions (including inside patterns and subqueries).</summary>
    internal static void CollectVariables(AstNode node, HashSet<string> names)
    {
        switch (node)
        {
            case Variable v:
                names.Add(v.Name);
                return;
            case Expression e:
                foreach (var child in Children(e))
                {
                    CollectVariables(child, names);
                }
                switch (e)
                {
                    case PatternExpression pe:
                        CollectVariables(pe.Pattern, names);
                        break;
                    case PatternComprehension pc:
                        CollectVariables(pc.Pattern, names);
                        if (pc.Where is not null)
                        {
                            CollectVariables(pc.Where, names);
                        }
                        CollectVariables(pc.Projection, names);
                        break;
                    case ExistsSubquery es:
                        AddSubquery(es.Pattern, es.Where, es.Query, names);
                        break;
                    case CountSubquery cs:
                        AddSubquery(cs.Pattern, cs.Where, cs.Query, names);
                        break;
                    case CollectSubquery co:
                        names.Add("*");
                        break;
                    case ShortestPathExpression sp:
                        CollectVariables(sp.Pattern.Element, names);
                        break;
                }
                return;
            case PatternElement pe:
                CollectVariables(pe.Start, names);
                foreach (var s in pe.Steps)
                {
                    CollectVariables(s.Relationship, names);
                    CollectVariables(s.Node, names);
                }
                return;
            case NodePattern np:
                if (np.Variable is not null)
                {
                    names.Add(np.Variable.Name);
                }
                if (np.Properties is not null)
                {
                    CollectVariables(np.Properties, names);
                }
                if (np.Where is not null)
                {
                    CollectVariables(np.Where, names);
                }
                return;
            case RelationshipPattern rp:
                if (rp.Variable is not null)
                {
                    names.Add(rp.Variable.Name);
                }
                if (rp.Properties is not null)
                {
                    CollectVariables(rp.Properties, names);
                }
                if (rp.Where is not null)
                {
                    CollectVariables(rp.Where, names);
                }
                return;
        }
    }

    private static void AddSubquery(Pattern? pattern, Expression? where, Query? query, HashSet<string> names)
    {
        if (query is not null)
        {
            names.Add("*");
            return;
        }
        if (pattern is not null)
        {
            foreach (var part in pattern.Parts)
            {
                CollectVariables(part.Element, names);
            }
        }
        if (where is not null)
        {
            CollectVariables(where, names);
        }
    }
}
