using System.Diagnostics;
using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Planning;

internal sealed partial class QueryPlanner
{
    /// <summary>Expressions already computed into a slot (aggregates, projected items), by reference.</summary>
    private Dictionary<Expression, int>? _substitutions;

    public Evaluator Compile(Expression expression, Scope scope)
    {
        if (_substitutions is not null && _substitutions.TryGetValue(expression, out var sub))
        {
            return (row, _) => row[sub];
        }
        _depth++;
        try
        {
            if (_depth > MaxDepth)
            {
                throw new CypherSyntaxException(
                    "The expression is nested too deeply to evaluate (more than " + MaxDepth + " levels).",
                    Position(expression)
                );
            }
            return CompileCore(expression, scope);
        }
        finally
        {
            _depth--;
        }
    }

    private const int MaxDepth = 400;
    private int _depth;

    private Evaluator CompileCore(Expression expression, Scope scope)
    {
        switch (expression)
        {
            case IntegerLiteral i:
                return Constant(CypherInteger.Of(i.Value));
            case FloatLiteral f:
                return Constant(new CypherFloat(f.Value));
            case StringLiteral s:
                return Constant(new CypherString(s.Value));
            case BooleanLiteral b:
                return Constant(CypherBoolean.Of(b.Value));
            case NullLiteral:
                return Constant(CypherNull.Instance);
            case Parameter p:
                return CompileParameter(p);
            case Variable v:
                return CompileVariable(v, scope);
            case PropertyLookup pl:
                return CompileProperty(pl, scope);
            case ListLiteral list:
                return CompileList(list, scope);
            case MapLiteral map:
                return CompileMap(map, scope);
            case BinaryExpression b:
                return CompileBinary(b, scope);
            case UnaryExpression u:
                return CompileUnary(u, scope);
            case IsNullExpression n:
            {
                var operand = Compile(n.Operand, scope);
                var negated = n.Negated;
                return (row, ctx) => CypherBoolean.Of(operand(row, ctx).IsNull != negated);
            }
            case IndexExpression ix:
            {
                var subject = Compile(ix.Subject, scope);
                var index = Compile(ix.Index, scope);
                return (row, ctx) => Subscript(subject(row, ctx), index(row, ctx), ctx);
            }
            case SliceExpression sl:
            {
                var subject = Compile(sl.Subject, scope);
                var from = sl.From is null ? null : Compile(sl.From, scope);
                var to = sl.To is null ? null : Compile(sl.To, scope);
                return (row, ctx) =>
                    ListOperators.Slice(subject(row, ctx), from?.Invoke(row, ctx), to?.Invoke(row, ctx));
            }
            case LabelPredicate lp:
                return CompileLabelPredicate(lp, scope);
            case CaseExpression c:
                return CompileCase(c, scope);
            case FunctionInvocation f:
                return CompileFunction(f, scope);
            case CountStar cs:
                throw new CypherSyntaxException(
                    "Invalid use of aggregating function count(...) in this context",
                    Position(cs),
                    "InvalidAggregation"
                );
            case ListComprehension lc:
                return CompileListComprehension(lc, scope);
            case QuantifierExpression q:
                return CompileQuantifier(q, scope);
            case ReduceExpression r:
                return CompileReduce(r, scope);
            case MapProjection mp:
                return CompileMapProjection(mp, scope);
            case PatternComprehension pc:
                return CompilePatternComprehension(pc, scope);
            case PatternExpression pe:
                return CompilePatternPredicate(pe, scope);
            case ExistsSubquery es:
                return CompileExists(es, scope);
            case CountSubquery cq:
                return CompileCountSubquery(cq, scope);
            case CollectSubquery co:
                return CompileCollectSubquery(co, scope);
            case ShortestPathExpression sp:
                return CompileShortestPathExpression(sp, scope);
            default:
                throw new CypherSyntaxException(
                    "This kind of expression is not supported by the embedded engine yet: " + Text(expression),
                    Position(expression)
                );
        }
    }

    private static Evaluator Constant(CypherValue value) => (_, _) => value;

    private Evaluator CompileParameter(Parameter p)
    {
        var name = p.Name;
        _parameters.Add(name);
        return (_, ctx) =>
            ctx.Parameters.TryGetValue(name, out var value) ? value : throw new ParameterMissingException(name);
    }

    private Evaluator CompileVariable(Variable v, Scope scope)
    {
        if (!scope.TryGet(v.Name, out var slot))
        {
            throw new CypherSyntaxException("Variable `" + v.Name + "` not defined", Position(v), "UndefinedVariable");
        }
        return (row, _) => row[slot];
    }

    private Evaluator CompileProperty(PropertyLookup pl, Scope scope)
    {
        var key = pl.Property;
        if (
            pl.Subject is Variable v
            && scope.TryGet(v.Name, out var slot)
            && (_substitutions is null || !_substitutions.ContainsKey(v))
        )
        {
            return (row, ctx) => Property(row[slot], key, ctx);
        }
        var subject = Compile(pl.Subject, scope);
        return (row, ctx) => Property(subject(row, ctx), key, ctx);
    }

    /// <summary>Reads <c>x.key</c>: straight from the store for nodes and relationships.</summary>
    public static CypherValue Property(CypherValue subject, string key, QueryContext ctx)
    {
        switch (subject)
        {
            case EngineNode n:
                ctx.DbHits++;
                return n.Load().NodeProperty(n.Id, key);
            case EngineRelationship r:
                ctx.DbHits++;
                return r.Load().RelationshipProperty(r.Id, key);
            case CypherMap m:
                return m.GetOrNull(key);
            case CypherNull:
                return CypherNull.Instance;
            default:
                return PropertyAccess.Get(subject, key);
        }
    }

    private static CypherValue Subscript(CypherValue subject, CypherValue index, QueryContext ctx)
    {
        if (subject is CypherNode or CypherRelationship or CypherMap)
        {
            if (index.IsNull || subject.IsNull)
            {
                return CypherNull.Instance;
            }
            if (index is not CypherString s)
            {
                throw new CypherTypeException(
                    "Type mismatch: expected String but was "
                        + TypeNames.Of(index)
                        + " (map and entity keys are strings).",
                    detail: "MapElementAccessByNonString"
                );
            }
            return Property(subject, s.Value, ctx);
        }
        return ListOperators.Subscript(subject, index);
    }

    private Evaluator CompileList(ListLiteral list, Scope scope)
    {
        var items = list.Items.Select(i => Compile(i, scope)).ToArray();
        if (items.Length == 0)
        {
            return Constant(CypherList.Empty);
        }
        return (row, ctx) =>
        {
            var values = new CypherValue[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                values[i] = items[i](row, ctx);
            }
            return CypherList.Wrap(values);
        };
    }

    private Evaluator CompileMap(MapLiteral map, Scope scope)
    {
        var keys = map.Entries.Select(e => e.Key).ToArray();
        var values = map.Entries.Select(e => Compile(e.Value, scope)).ToArray();
        return (row, ctx) =>
        {
            var d = new Dictionary<string, CypherValue>(keys.Length, StringComparer.Ordinal);
            for (var i = 0; i < keys.Length; i++)
            {
                d[keys[i]] = values[i](row, ctx);
            }
            return CypherMap.Wrap(d);
        };
    }

    private Evaluator CompileBinary(BinaryExpression b, Scope scope)
    {
        var left = Compile(b.Left, scope);
        var right = Compile(b.Right, scope);
        switch (b.Operator)
        {
            case BinaryOperator.And:
                return (row, ctx) =>
                {
                    var l = Ternary.FromValue(left(row, ctx), "AND");
                    if (l == false)
                    {
                        // still type-check the right side like Neo4j does for literals; skip evaluation otherwise
                        return CypherBoolean.False;
                    }
                    return Ternary.ToValue(Ternary.And(l, Ternary.FromValue(right(row, ctx), "AND")));
                };
            case BinaryOperator.Or:
                return (row, ctx) =>
                {
                    var l = Ternary.FromValue(left(row, ctx), "OR");
                    if (l == true)
                    {
                        return CypherBoolean.True;
                    }
                    return Ternary.ToValue(Ternary.Or(l, Ternary.FromValue(right(row, ctx), "OR")));
                };
            case BinaryOperator.Xor:
                return (row, ctx) => Ternary.Xor(left(row, ctx), right(row, ctx));
            case BinaryOperator.Equal:
                return (row, ctx) => Ternary.ToValue(CypherEquality.Equal(left(row, ctx), right(row, ctx)));
            case BinaryOperator.NotEqual:
                return (row, ctx) => Ternary.ToValue(!CypherEquality.Equal(left(row, ctx), right(row, ctx)));
            case BinaryOperator.LessThan:
                return (row, ctx) => Ternary.ToValue(CypherComparison.LessThan(left(row, ctx), right(row, ctx)));
            case BinaryOperator.LessThanOrEqual:
                return (row, ctx) => Ternary.ToValue(CypherComparison.LessThanOrEqual(left(row, ctx), right(row, ctx)));
            case BinaryOperator.GreaterThan:
                return (row, ctx) => Ternary.ToValue(CypherComparison.GreaterThan(left(row, ctx), right(row, ctx)));
            case BinaryOperator.GreaterThanOrEqual:
                return (row, ctx) =>
                    Ternary.ToValue(CypherComparison.GreaterThanOrEqual(left(row, ctx), right(row, ctx)));
            case BinaryOperator.RegexMatch:
                return (row, ctx) => StringOperators.RegexMatch(left(row, ctx), right(row, ctx));
            case BinaryOperator.StartsWith:
                return (row, ctx) => StringOperators.StartsWith(left(row, ctx), right(row, ctx));
            case BinaryOperator.EndsWith:
                return (row, ctx) => StringOperators.EndsWith(left(row, ctx), right(row, ctx));
            case BinaryOperator.Contains:
                return (row, ctx) => StringOperators.Contains(left(row, ctx), right(row, ctx));
            case BinaryOperator.In:
                return (row, ctx) => ListOperators.InValue(left(row, ctx), right(row, ctx));
            case BinaryOperator.Add:
            case BinaryOperator.Concatenate:
                return (row, ctx) => CypherArithmetic.Add(left(row, ctx), right(row, ctx));
            case BinaryOperator.Subtract:
                return (row, ctx) => CypherArithmetic.Subtract(left(row, ctx), right(row, ctx));
            case BinaryOperator.Multiply:
                return (row, ctx) => CypherArithmetic.Multiply(left(row, ctx), right(row, ctx));
            case BinaryOperator.Divide:
                return (row, ctx) => CypherArithmetic.Divide(left(row, ctx), right(row, ctx));
            case BinaryOperator.Modulo:
                return (row, ctx) => CypherArithmetic.Modulo(left(row, ctx), right(row, ctx));
            case BinaryOperator.Power:
                return (row, ctx) => CypherArithmetic.Power(left(row, ctx), right(row, ctx));
            default:
                throw new CypherSyntaxException("Unsupported operator " + b.Operator, Position(b));
        }
    }

    private Evaluator CompileUnary(UnaryExpression u, Scope scope)
    {
        var operand = Compile(u.Operand, scope);
        return u.Operator switch
        {
            UnaryOperator.Not => (row, ctx) => Ternary.Not(operand(row, ctx)),
            UnaryOperator.Negate => (row, ctx) => CypherArithmetic.Negate(operand(row, ctx)),
            _ => (row, ctx) => CypherArithmetic.Plus(operand(row, ctx)),
        };
    }

    private Evaluator CompileLabelPredicate(LabelPredicate lp, Scope scope)
    {
        var subject = Compile(lp.Subject, scope);
        var test = LabelTest(lp.Labels);
        return (row, ctx) =>
        {
            var value = subject(row, ctx);
            switch (value)
            {
                case CypherNull:
                    return CypherNull.Instance;
                case EngineNode n:
                    ctx.DbHits++;
                    var view = n.Load();
                    return CypherBoolean.Of(test(l => view.NodeHasLabel(n.Id, l)));
                case CypherNode n:
                    return CypherBoolean.Of(test(l => n.Labels.Contains(l, StringComparer.Ordinal)));
                case CypherRelationship r:
                    return CypherBoolean.Of(test(t => string.Equals(r.Type, t, StringComparison.Ordinal)));
                default:
                    throw new CypherTypeException(
                        "Type mismatch: expected Node or Relationship but was "
                            + TypeNames.Of(value)
                            + " (label test).",
                        detail: "InvalidArgumentType"
                    );
            }
        };
    }

    /// <summary>Turns a label expression into a test over "has this label?".</summary>
    internal static Func<Func<string, bool>, bool> LabelTest(LabelExpression expression) =>
        expression switch
        {
            LabelName n => has => has(n.Name),
            LabelConjunction c => All(c.Operands.Select(LabelTest).ToArray()),
            LabelDisjunction d => Any(d.Operands.Select(LabelTest).ToArray()),
            LabelNegation neg => Not(LabelTest(neg.Operand)),
            LabelWildcard => _ => true,
            _ => throw new UnreachableException(),
        };

    private static Func<Func<string, bool>, bool> All(Func<Func<string, bool>, bool>[] parts) =>
        has =>
        {
            foreach (var p in parts)
            {
                if (!p(has))
                {
                    return false;
                }
            }
            return true;
        };

    private static Func<Func<string, bool>, bool> Any(Func<Func<string, bool>, bool>[] parts) =>
        has =>
        {
            foreach (var p in parts)
            {
                if (p(has))
                {
                    return true;
                }
            }
            return false;
        };

    private static Func<Func<string, bool>, bool> Not(Func<Func<string, bool>, bool> part) => has => !part(has);

    private Evaluator CompileCase(CaseExpression c, Scope scope)
    {
        var subject = c.Subject is null ? null : Compile(c.Subject, scope);
        var whens = c.Alternatives.Select(a => Compile(a.When, scope)).ToArray();
        var thens = c.Alternatives.Select(a => Compile(a.Then, scope)).ToArray();
        var otherwise = c.Else is null ? Constant(CypherNull.Instance) : Compile(c.Else, scope);
        if (subject is null)
        {
            return (row, ctx) =>
            {
                for (var i = 0; i < whens.Length; i++)
                {
                    if (ReferenceEquals(whens[i](row, ctx), CypherBoolean.True))
                    {
                        return thens[i](row, ctx);
                    }
                }
                return otherwise(row, ctx);
            };
        }
        return (row, ctx) =>
        {
            var value = subject(row, ctx);
            for (var i = 0; i < whens.Length; i++)
            {
                if (CypherEquality.Equal(value, whens[i](row, ctx)) == true)
                {
                    return thens[i](row, ctx);
                }
            }
            return otherwise(row, ctx);
        };
    }

    private Evaluator CompileListComprehension(ListComprehension lc, Scope scope)
    {
        var source = Compile(lc.Source, scope);
        var inner = scope.Clone();
        var slot = _slots.New(lc.Variable.Name);
        inner.Bind(lc.Variable.Name, slot);
        var where = lc.Where is null ? null : Compile(lc.Where, inner);
        var projection = lc.Projection is null ? null : Compile(lc.Projection, inner);
        return (row, ctx) =>
        {
            var list = source(row, ctx);
            if (list.IsNull)
            {
                return CypherNull.Instance;
            }
            var items = AsList(list, "list comprehension");
            var result = new List<CypherValue>(items.Count);
            foreach (var item in items)
            {
                ctx.Tick();
                row[slot] = item;
                if (where is not null && !ReferenceEquals(where(row, ctx), CypherBoolean.True))
                {
                    continue;
                }
                result.Add(projection is null ? item : projection(row, ctx));
            }
            return CypherList.Wrap([.. result]);
        };
    }

    internal static CypherList AsList(CypherValue value, string context) =>
        value as CypherList
        ?? throw new CypherTypeException(
            "Type mismatch: expected List<T> but was " + TypeNames.Of(value) + " (" + context + ").",
            detail: "InvalidArgumentType"
        );

    private Evaluator CompileQuantifier(QuantifierExpression q, Scope scope)
    {
        var source = Compile(q.Source, scope);
        var inner = scope.Clone();
        var slot = _slots.New(q.Variable.Name);
        inner.Bind(q.Variable.Name, slot);
        var where = q.Where is null ? Constant(CypherBoolean.True) : Compile(q.Where, inner);
        var kind = q.Quantifier;
        return (row, ctx) =>
        {
            var list = source(row, ctx);
            if (list.IsNull)
            {
                return CypherNull.Instance;
            }
            var items = AsList(list, kind.ToString().ToLowerInvariant() + "()");
            var trues = 0;
            var nulls = 0;
            foreach (var item in items)
            {
                ctx.Tick();
                row[slot] = item;
                var r = Ternary.FromValue(where(row, ctx), "WHERE");
                if (r == true)
                {
                    trues++;
                    if (kind == Quantifier.Any)
                    {
                        return CypherBoolean.True;
                    }
                    if (kind == Quantifier.None)
                    {
                        return CypherBoolean.False;
                    }
                    if (kind == Quantifier.Single && trues > 1)
                    {
                        return CypherBoolean.False;
                    }
                }
                else if (r is null)
                {
                    nulls++;
                }
                else if (kind == Quantifier.All)
                {
                    return CypherBoolean.False;
                }
            }
            return kind switch
            {
                Quantifier.All => nulls > 0 ? CypherNull.Instance : CypherBoolean.True,
                Quantifier.Any => nulls > 0 ? CypherNull.Instance : CypherBoolean.False,
                Quantifier.None => nulls > 0 ? CypherNull.Instance : CypherBoolean.True,
                _ => nulls > 0 ? CypherNull.Instance : CypherBoolean.Of(trues == 1),
            };
        };
    }

    private Evaluator CompileReduce(ReduceExpression r, Scope scope)
    {
        var initial = Compile(r.Initial, scope);
        var source = Compile(r.Source, scope);
        var inner = scope.Clone();
        var acc = _slots.New(r.Accumulator.Name);
        var item = _slots.New(r.Variable.Name);
        inner.Bind(r.Accumulator.Name, acc);
        inner.Bind(r.Variable.Name, item);
        var step = Compile(r.Step, inner);
        return (row, ctx) =>
        {
            var list = source(row, ctx);
            if (list.IsNull)
            {
                return CypherNull.Instance;
            }
            row[acc] = initial(row, ctx);
            foreach (var x in AsList(list, "reduce()"))
            {
                ctx.Tick();
                row[item] = x;
                row[acc] = step(row, ctx);
            }
            return row[acc];
        };
    }

    private Evaluator CompileMapProjection(MapProjection mp, Scope scope)
    {
        var subject = Compile(mp.Subject, scope);
        var parts =
            new List<Func<CypherValue, CypherValue[], QueryContext, IEnumerable<KeyValuePair<string, CypherValue>>>>();
        foreach (var item in mp.Items)
        {
            switch (item)
            {
                case AllPropertiesSelector:
                    parts.Add((s, _, _) => AllProperties(s));
                    break;
                case PropertySelector ps:
                {
                    var key = ps.Property;
                    parts.Add((s, _, ctx) => [new(key, Property(s, key, ctx))]);
                    break;
                }
                case MapProjectionEntry e:
                {
                    var key = e.Key;
                    var value = Compile(e.Value, scope);
                    parts.Add((_, row, ctx) => [new(key, value(row, ctx))]);
                    break;
                }
                case VariableSelector vs:
                {
                    var key = vs.Variable.Name;
                    var value = Compile(vs.Variable, scope);
                    parts.Add((_, row, ctx) => [new(key, value(row, ctx))]);
                    break;
                }
            }
        }
        return (row, ctx) =>
        {
            var s = subject(row, ctx);
            if (s.IsNull)
            {
                return CypherNull.Instance;
            }
            var d = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
            foreach (var part in parts)
            {
                foreach (var (k, v) in part(s, row, ctx))
                {
                    d[k] = v;
                }
            }
            return CypherMap.Wrap(d);
        };
    }

    private static IEnumerable<KeyValuePair<string, CypherValue>> AllProperties(CypherValue subject) =>
        subject switch
        {
            CypherNode n => n.Properties,
            CypherRelationship r => r.Properties,
            CypherMap m => m,
            _ => throw new CypherTypeException(
                "Type mismatch: expected Map, Node or Relationship but was "
                    + TypeNames.Of(subject)
                    + " (map projection).",
                detail: "InvalidArgumentType"
            ),
        };
}
