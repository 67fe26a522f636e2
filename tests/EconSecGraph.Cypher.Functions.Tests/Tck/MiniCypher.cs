using EconSecGraph.Cypher.Functions.Semantics;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Tests.Tck;

/// <summary>
/// A tiny Cypher subset for running TCK tables through the function library: literals, maps, lists, parameters,
/// variables, property access, subscripts, operators and function calls; clauses WITH, UNWIND, RETURN and
/// single-node CREATE/MATCH. Anything else raises <see cref="NotSupportedException"/> and the row is skipped.
/// </summary>
internal sealed class MiniCypher
{
    private readonly List<Token> _t;
    private readonly List<(
        Functions.Aggregation.AggregateFunctionDefinition? Definition,
        bool Distinct,
        List<Expr> Args
    )> _aggregates = [];
    private int _p;

    private MiniCypher(string text)
    {
        _t = MiniLexer.Lex(text);
    }

    public delegate CypherValue Expr(IReadOnlyDictionary<string, CypherValue> env);

    public static Expr ParseExpression(string text)
    {
        var p = new MiniCypher(text);
        var e = p.Expression();
        p.Expect("eof");
        return e;
    }

    /// <summary>Runs a query; returns the rows of the final RETURN.</summary>
    public static List<CypherValue[]> Run(
        string query,
        IReadOnlyDictionary<string, CypherValue> parameters,
        Dictionary<string, List<CypherMap>> graph,
        IFunctionContext context
    )
    {
        var p = new MiniCypher(query) { Parameters = parameters, Context = context };
        var rows = new List<Dictionary<string, CypherValue>> { new(StringComparer.Ordinal) };
        while (true)
        {
            var t = p.Peek;
            if (t.IsWord("WITH") || t.IsWord("RETURN"))
            {
                var isReturn = t.IsWord("RETURN");
                p._p++;
                if (p.Peek.IsWord("DISTINCT"))
                {
                    throw new NotSupportedException("DISTINCT");
                }
                var items = new List<(string Name, Expr Expr, bool IsAggregate)>();
                var firstAggregate = p._aggregates.Count;
                if (p.Peek.Is("*"))
                {
                    p._p++;
                }
                else
                {
                    do
                    {
                        var start = p._p;
                        var before = p._aggregates.Count;
                        var e = p.Expression();
                        var name = p.Text(start, p._p);
                        if (p.Peek.IsWord("AS"))
                        {
                            p._p++;
                            name = p.Next().Text;
                        }
                        items.Add((name, e, p._aggregates.Count > before));
                    } while (p.Accept(","));
                }
                List<Dictionary<string, CypherValue>> projected;
                if (p._aggregates.Count > firstAggregate)
                {
                    projected = p.Aggregate(rows, items, firstAggregate);
                }
                else
                {
                    projected = [];
                    foreach (var row in rows)
                    {
                        var next =
                            items.Count == 0
                                ? new Dictionary<string, CypherValue>(row, StringComparer.Ordinal)
                                : new Dictionary<string, CypherValue>(StringComparer.Ordinal);
                        foreach (var (name, e, _) in items)
                        {
                            next[name] = e(row);
                        }
                        projected.Add(next);
                    }
                }
                if (p.Peek.IsWord("ORDER"))
                {
                    p._p++;
                    p.ExpectWord("BY");
                    var keys = new List<(Expr Expr, bool Descending)>();
                    do
                    {
                        var k = p.Expression();
                        var desc = false;
                        if (p.Peek.IsWord("DESC") || p.Peek.IsWord("DESCENDING"))
                        {
                            desc = true;
                            p._p++;
                        }
                        else if (p.Peek.IsWord("ASC") || p.Peek.IsWord("ASCENDING"))
                        {
                            p._p++;
                        }
                        keys.Add((k, desc));
                    } while (p.Accept(","));
                    projected.Sort(
                        (x, y) =>
                        {
                            foreach (var (k, desc) in keys)
                            {
                                var c = (desc ? CypherOrdering.Descending : CypherOrdering.Ascending).Compare(
                                    k(x),
                                    k(y)
                                );
                                if (c != 0)
                                {
                                    return c;
                                }
                            }
                            return 0;
                        }
                    );
                }
                if (p.Peek.IsWord("SKIP"))
                {
                    p._p++;
                    var n = (int)((CypherInteger)p.Expression()(new Dictionary<string, CypherValue>())).Value;
                    projected = projected.Skip(n).ToList();
                }
                if (p.Peek.IsWord("LIMIT"))
                {
                    p._p++;
                    var n = (int)((CypherInteger)p.Expression()(new Dictionary<string, CypherValue>())).Value;
                    projected = projected.Take(n).ToList();
                }
                if (p.Peek.IsWord("WHERE"))
                {
                    p._p++;
                    var where = p.Expression();
                    projected = projected.Where(r => where(r) is CypherBoolean { Value: true }).ToList();
                }
                if (isReturn)
                {
                    if (!p.Peek.Is("eof") && p.Peek.Kind != "eof")
                    {
                        throw new NotSupportedException("clauses after RETURN");
                    }
                    return projected.Select(r => items.Select(i => r[i.Name]).ToArray()).ToList();
                }
                rows = projected;
            }
            else if (t.IsWord("UNWIND"))
            {
                p._p++;
                var e = p.Expression();
                p.ExpectWord("AS");
                var name = p.Next().Text;
                var next = new List<Dictionary<string, CypherValue>>();
                foreach (var row in rows)
                {
                    var v = e(row);
                    IEnumerable<CypherValue> items = v switch
                    {
                        CypherList l => l,
                        CypherNull => [],
                        _ => [v],
                    };
                    foreach (var item in items)
                    {
                        next.Add(new Dictionary<string, CypherValue>(row, StringComparer.Ordinal) { [name] = item });
                    }
                }
                if (next.Count > 100_000)
                {
                    throw new NotSupportedException("UNWIND of more than 100000 rows");
                }
                rows = next;
            }
            else if (t.IsWord("MATCH"))
            {
                p._p++;
                do
                {
                    p.Expect("(");
                    var variable = p.Next().Text;
                    List<CypherMap> nodes;
                    if (p.Accept(":"))
                    {
                        var label = p.Next().Text;
                        nodes = graph.TryGetValue(label, out var n) ? n : [];
                    }
                    else
                    {
                        nodes = graph.Values.SelectMany(x => x).Distinct().ToList();
                    }
                    p.Expect(")");
                    rows = rows.SelectMany(r =>
                            nodes.Select(node => new Dictionary<string, CypherValue>(r, StringComparer.Ordinal)
                            {
                                [variable] = node,
                            })
                        )
                        .ToList();
                } while (p.Accept(","));
            }
            else
            {
                throw new NotSupportedException("clause " + t.Text);
            }
        }
    }

    /// <summary>Runs <c>CREATE (:Label {…}), …</c> setup statements into a label → property-maps store.</summary>
    public static void Create(string text, Dictionary<string, List<CypherMap>> graph, IFunctionContext context)
    {
        var p = new MiniCypher(text) { Context = context };
        while (p.Peek.Kind != "eof")
        {
            p.ExpectWord("CREATE");
            do
            {
                p.Expect("(");
                if (p.Peek.Kind == "id")
                {
                    p._p++;
                }
                var label = p.Accept(":") ? p.Next().Text : string.Empty;
                var props = p.Peek.Is("{")
                    ? (CypherMap)p.Primary()(new Dictionary<string, CypherValue>())
                    : CypherMap.Empty;
                p.Expect(")");
                if (p.Peek.Is("-") || p.Peek.Is("<"))
                {
                    throw new NotSupportedException("relationships");
                }
                if (!graph.TryGetValue(label, out var list))
                {
                    graph[label] = list = [];
                }
                list.Add(props);
            } while (p.Accept(","));
        }
    }

    private List<Dictionary<string, CypherValue>> Aggregate(
        List<Dictionary<string, CypherValue>> rows,
        List<(string Name, Expr Expr, bool IsAggregate)> items,
        int firstAggregate
    )
    {
        var keyItems = items.Where(i => !i.IsAggregate).ToList();
        var groups = new Dictionary<CypherValue, (CypherValue[] Keys, Functions.Aggregation.Aggregator[] Accumulators)>(
            CypherEquivalence.Instance
        );
        var order = new List<CypherValue>();
        Functions.Aggregation.Aggregator[] NewAccumulators() =>
            _aggregates
                .Skip(firstAggregate)
                .Select(a =>
                    a.Definition is null
                        ? new Functions.Aggregation.CountAggregator(countNulls: true)
                        : a.Definition.Create(a.Distinct)
                )
                .ToArray();
        if (keyItems.Count == 0)
        {
            var key = CypherList.Empty;
            groups[key] = ([], NewAccumulators());
            order.Add(key);
        }
        foreach (var row in rows)
        {
            var keys = keyItems.Select(k => k.Expr(row)).ToArray();
            var key = CypherList.Wrap(keys);
            if (!groups.TryGetValue(key, out var group))
            {
                group = (keys, NewAccumulators());
                groups[key] = group;
                order.Add(key);
            }
            for (var i = 0; i < group.Accumulators.Length; i++)
            {
                var (_, _, args) = _aggregates[firstAggregate + i];
                if (args.Count == 0)
                {
                    ((Functions.Aggregation.CountAggregator)group.Accumulators[i]).AddRow();
                }
                else
                {
                    group.Accumulators[i].Add(args.Select(a => a(row)).ToArray());
                }
            }
        }
        var result = new List<Dictionary<string, CypherValue>>();
        foreach (var key in order)
        {
            var (keys, accumulators) = groups[key];
            var env = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
            for (var i = 0; i < accumulators.Length; i++)
            {
                env["\0agg" + (firstAggregate + i)] = accumulators[i].Result();
            }
            var next = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
            var k = 0;
            foreach (var (name, e, isAggregate) in items)
            {
                next[name] = isAggregate ? e(env) : keys[k++];
            }
            result.Add(next);
        }
        return result;
    }

    private IReadOnlyDictionary<string, CypherValue> Parameters { get; init; } = new Dictionary<string, CypherValue>();

    private IFunctionContext? Context { get; init; }

    private Token Peek => _t[_p];

    private Token Next() => _t[_p++];

    private bool Accept(string sym)
    {
        if (Peek.Is(sym))
        {
            _p++;
            return true;
        }
        return false;
    }

    private void Expect(string sym)
    {
        if (sym == "eof" ? Peek.Kind != "eof" : !Peek.Is(sym))
        {
            throw new NotSupportedException("expected " + sym + " at '" + Peek.Text + "'");
        }
        _p++;
    }

    private void ExpectWord(string word)
    {
        if (!Peek.IsWord(word))
        {
            throw new NotSupportedException("expected " + word + " at '" + Peek.Text + "'");
        }
        _p++;
    }

    private string Text(int from, int to) =>
        string.Join(" ", _t.Skip(from).Take(to - from).Select(t => t.Text))
            .Replace(" . ", ".", StringComparison.Ordinal)
            .Replace("( ", "(", StringComparison.Ordinal)
            .Replace(" )", ")", StringComparison.Ordinal)
            .Replace(" (", "(", StringComparison.Ordinal)
            .Replace(" ,", ",", StringComparison.Ordinal);

    private Expr Expression() => Or();

    private Expr Or()
    {
        var l = Xor();
        while (Peek.IsWord("OR"))
        {
            _p++;
            var a = l;
            var b = Xor();
            l = e => Ternary.Or(a(e), b(e));
        }
        return l;
    }

    private Expr Xor()
    {
        var l = And();
        while (Peek.IsWord("XOR"))
        {
            _p++;
            var a = l;
            var b = And();
            l = e => Ternary.Xor(a(e), b(e));
        }
        return l;
    }

    private Expr And()
    {
        var l = Not();
        while (Peek.IsWord("AND"))
        {
            _p++;
            var a = l;
            var b = Not();
            l = e => Ternary.And(a(e), b(e));
        }
        return l;
    }

    private Expr Not()
    {
        if (Peek.IsWord("NOT"))
        {
            _p++;
            var a = Not();
            return e => Ternary.Not(a(e));
        }
        return Comparison();
    }

    private Expr Operand()
    {
        var l = Additive();
        while (Peek.IsWord("IS"))
        {
            _p++;
            var negate = false;
            if (Peek.IsWord("NOT"))
            {
                negate = true;
                _p++;
            }
            ExpectWord("NULL");
            var a = l;
            l = e => CypherBoolean.Of((a(e).Kind == CypherValueKind.Null) != negate);
        }
        return l;
    }

    private Expr Comparison()
    {
        var l = Operand();
        Expr? chain = null;
        while (true)
        {
            Func<CypherValue, CypherValue, CypherValue>? op = null;
            if (Peek.Is("="))
            {
                op = CypherEquality.EqualValue;
            }
            else if (Peek.Is("<>"))
            {
                op = CypherEquality.NotEqualValue;
            }
            else if (Peek.Is("<"))
            {
                op = CypherComparison.LessThanValue;
            }
            else if (Peek.Is("<="))
            {
                op = CypherComparison.LessThanOrEqualValue;
            }
            else if (Peek.Is(">"))
            {
                op = CypherComparison.GreaterThanValue;
            }
            else if (Peek.Is(">="))
            {
                op = CypherComparison.GreaterThanOrEqualValue;
            }
            else if (Peek.Is("=~"))
            {
                op = StringOperators.RegexMatch;
            }
            else if (Peek.IsWord("IN"))
            {
                op = ListOperators.InValue;
            }
            else if (Peek.IsWord("CONTAINS"))
            {
                op = StringOperators.Contains;
            }
            else if (Peek.IsWord("STARTS") || Peek.IsWord("ENDS"))
            {
                var starts = Peek.IsWord("STARTS");
                _p++;
                ExpectWord("WITH");
                _p--;
                op = starts ? StringOperators.StartsWith : StringOperators.EndsWith;
            }
            if (op is null)
            {
                return chain ?? l;
            }
            _p++;
            var left = l;
            var right = Operand();
            Expr cmp = e => op(left(e), right(e));
            var prev = chain;
            chain = prev is null ? cmp : e => Ternary.And(prev(e), cmp(e));
            l = right;
        }
    }

    private Expr Additive()
    {
        var l = Multiplicative();
        while (Peek.Is("+") || Peek.Is("-"))
        {
            var plus = Next().Is("+");
            var a = l;
            var b = Multiplicative();
            l = plus ? e => CypherArithmetic.Add(a(e), b(e)) : e => CypherArithmetic.Subtract(a(e), b(e));
        }
        return l;
    }

    private Expr Multiplicative()
    {
        var l = Power();
        while (Peek.Is("*") || Peek.Is("/") || Peek.Is("%"))
        {
            var op = Next().Text;
            var a = l;
            var b = Power();
            l = op switch
            {
                "*" => e => CypherArithmetic.Multiply(a(e), b(e)),
                "/" => e => CypherArithmetic.Divide(a(e), b(e)),
                _ => e => CypherArithmetic.Modulo(a(e), b(e)),
            };
        }
        return l;
    }

    private Expr Power()
    {
        var l = Unary();
        while (Peek.Is("^"))
        {
            _p++;
            var a = l;
            var b = Unary();
            l = e => CypherArithmetic.Power(a(e), b(e));
        }
        return l;
    }

    private Expr Unary()
    {
        if (Peek.Is("-"))
        {
            _p++;
            if (Peek.Kind == "int")
            {
                var t = Next();
                var u = (ulong)t.Value!;
                CypherValue v =
                    u == 9223372036854775808UL ? CypherInteger.Of(long.MinValue) : CypherInteger.Of(-(long)u);
                return Postfix(_ => v);
            }
            var a = Unary();
            return e => CypherArithmetic.Negate(a(e));
        }
        if (Peek.Is("+"))
        {
            _p++;
            var a = Unary();
            return e => CypherArithmetic.Plus(a(e));
        }
        return Postfix(Primary());
    }

    private Expr Postfix(Expr l)
    {
        while (true)
        {
            if (Peek.Is("."))
            {
                _p++;
                var key = Next().Text;
                var a = l;
                l = e => PropertyAccess.Get(a(e), key);
            }
            else if (Peek.Is("["))
            {
                _p++;
                Expr? from = Peek.Is("..") ? null : Expression();
                if (Accept(".."))
                {
                    Expr? to = Peek.Is("]") ? null : Expression();
                    Expect("]");
                    var a = l;
                    l = e => ListOperators.Slice(a(e), from?.Invoke(e), to?.Invoke(e));
                }
                else
                {
                    Expect("]");
                    var a = l;
                    var idx = from!;
                    l = e => ListOperators.Subscript(a(e), idx(e));
                }
            }
            else
            {
                return l;
            }
        }
    }

    private Expr Primary()
    {
        var t = Next();
        switch (t.Kind)
        {
            case "int":
            {
                var u = (ulong)t.Value!;
                if (u > long.MaxValue)
                {
                    throw new NotSupportedException("integer literal too large");
                }
                CypherValue v = CypherInteger.Of((long)u);
                return _ => v;
            }
            case "float":
            {
                CypherValue v = new CypherFloat((double)t.Value!);
                return _ => v;
            }
            case "str":
            {
                CypherValue v = new CypherString((string)t.Value!);
                return _ => v;
            }
        }
        if (t.Is("("))
        {
            var e = Expression();
            Expect(")");
            return e;
        }
        if (t.Is("["))
        {
            var items = new List<Expr>();
            if (!Peek.Is("]"))
            {
                if (_t[_p + 1].IsWord("IN"))
                {
                    throw new NotSupportedException("list comprehension");
                }
                do
                {
                    items.Add(Expression());
                } while (Accept(","));
            }
            Expect("]");
            return e => CypherList.Wrap(items.Select(i => i(e)).ToArray());
        }
        if (t.Is("{"))
        {
            var entries = new List<(string, Expr)>();
            if (!Peek.Is("}"))
            {
                do
                {
                    var key = Next().Text;
                    Expect(":");
                    entries.Add((key, Expression()));
                } while (Accept(","));
            }
            Expect("}");
            return e =>
            {
                var d = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
                foreach (var (k, x) in entries)
                {
                    d[k] = x(e);
                }
                return CypherMap.Wrap(d);
            };
        }
        if (t.Is("$"))
        {
            var name = Next().Text;
            var parameters = Parameters;
            return _ =>
                parameters.TryGetValue(name, out var v)
                    ? v
                    : throw new NotSupportedException("missing parameter " + name);
        }
        if (t.Kind == "id")
        {
            if (t.IsWord("null"))
            {
                return _ => CypherNull.Instance;
            }
            if (t.IsWord("true"))
            {
                return _ => CypherBoolean.True;
            }
            if (t.IsWord("false"))
            {
                return _ => CypherBoolean.False;
            }
            if (t.IsWord("CASE") || t.IsWord("EXISTS") || t.IsWord("COUNT") && Peek.Is("{"))
            {
                throw new NotSupportedException(t.Text);
            }
            var name = t.Text;
            while (Peek.Is(".") && _t[_p + 1].Kind == "id" && _t[_p + 2].Is("("))
            {
                _p++;
                name += "." + Next().Text;
            }
            if (Peek.Is("("))
            {
                _p++;
                if (FunctionRegistry.Default.TryGetAggregate(name, out var aggregate))
                {
                    var distinct = false;
                    var aggArgs = new List<Expr>();
                    if (Accept("*"))
                    {
                        Expect(")");
                        _aggregates.Add((null, false, aggArgs));
                    }
                    else
                    {
                        if (Peek.IsWord("DISTINCT"))
                        {
                            _p++;
                            distinct = true;
                        }
                        do
                        {
                            aggArgs.Add(Expression());
                        } while (Accept(","));
                        Expect(")");
                        _aggregates.Add((aggregate, distinct, aggArgs));
                    }
                    var slot = "\0agg" + (_aggregates.Count - 1);
                    return e => e[slot];
                }
                if (
                    name.Equals("all", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("any", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("none", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("single", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("reduce", StringComparison.OrdinalIgnoreCase)
                )
                {
                    throw new NotSupportedException("aggregate or predicate function " + name);
                }
                var args = new List<Expr>();
                if (!Peek.Is(")"))
                {
                    do
                    {
                        args.Add(Expression());
                    } while (Accept(","));
                }
                Expect(")");
                var fn = FunctionRegistry.Default.GetFunction(name);
                var context = Context!;
                return e =>
                {
                    var values = args.Select(a => a(e)).ToArray();
                    return fn.Invoke(values, context);
                };
            }
            return e =>
                e.TryGetValue(name, out var v) ? v : throw new NotSupportedException("unknown variable " + name);
        }
        throw new NotSupportedException("unexpected token " + t.Text);
    }
}
