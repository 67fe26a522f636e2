using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Syntax.Semantics;

internal sealed partial class Analyzer
{
    private const StaticType Bool = StaticType.Boolean | StaticType.Null;
    private const StaticType PropertyOwners =
        StaticType.Map | StaticType.Node | StaticType.Relationship | StaticType.Other;

    // Incremented for every aggregate function met, so callers can tell whether an expression aggregates.
    private int _aggregatesSeen;
    private bool _insideAggregate;

    // Variables of list comprehensions, quantifiers, reduce and pattern comprehensions currently in scope.
    private readonly List<Symbol> _locals = [];

    private void CheckPredicate(Expression expression, ScopeBuilder scope)
    {
        var type = CheckExpression(expression, scope, ExpressionUse.Predicate);
        if (Mismatch(type, StaticType.Boolean))
        {
            Error(expression, $"Type mismatch: expected Boolean but was {TypeName(type)}", InvalidArgumentType);
        }
    }

    private bool TryLookup(string name, ScopeBuilder scope, out Symbol symbol)
    {
        for (var i = _locals.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_locals[i].Name, name, StringComparison.Ordinal))
            {
                symbol = _locals[i];
                return true;
            }
        }
        return scope.TryGet(name, out symbol);
    }

    private ScopeBuilder WithLocals(ScopeBuilder scope)
    {
        var copy = scope.Copy();
        foreach (var local in _locals)
        {
            copy.Set(local);
        }
        return copy;
    }

    private StaticType CheckExpression(Expression expression, ScopeBuilder scope, ExpressionUse use)
    {
        Guard();
        var aggregation = use & ExpressionUse.Aggregation;
        switch (expression)
        {
            case IntegerLiteral:
                return StaticType.Integer;
            case FloatLiteral:
                return StaticType.Float;
            case StringLiteral:
                return StaticType.String;
            case BooleanLiteral:
                return StaticType.Boolean;
            case NullLiteral:
                return StaticType.Null;
            case ListLiteral list:
                foreach (var item in list.Items)
                {
                    CheckExpression(item, scope, aggregation);
                }
                return StaticType.List;
            case MapLiteral map:
                foreach (var entry in map.Entries)
                {
                    CheckExpression(entry.Value, scope, aggregation);
                }
                return StaticType.Map;
            case Parameter p:
                if (_options.Parameters is { } parameters && !parameters.Contains(p.Name))
                {
                    ErrorWithCode(
                        p,
                        Neo4jStatusCodes.ParameterMissing,
                        $"Expected parameter(s): {p.Name}",
                        "MissingParameter"
                    );
                }
                return StaticType.Any;
            case Variable v:
                if (TryLookup(v.Name, scope, out var symbol))
                {
                    return symbol.Type;
                }
                Error(v, $"Variable `{v.Name}` not defined", UndefinedVariable);
                return StaticType.Any;
            case PropertyLookup p:
            {
                var subject = CheckExpression(p.Subject, scope, aggregation);
                if (Mismatch(subject, PropertyOwners))
                {
                    // the TCK expects a SyntaxError for paths, a (compile-time) TypeError for other values
                    var message =
                        $"Type mismatch: expected Map, Node, Relationship, Point, Duration, Date, Time, LocalTime, LocalDateTime or DateTime but was {TypeName(subject)}";
                    if ((subject & StaticType.Path) != StaticType.None)
                    {
                        Error(p.Subject, message, InvalidArgumentType);
                    }
                    else
                    {
                        ErrorWithCode(p.Subject, Neo4jStatusCodes.TypeError, message, InvalidArgumentType);
                    }
                }
                return StaticType.Any;
            }
            case IndexExpression ix:
            {
                var subject = CheckExpression(ix.Subject, scope, aggregation);
                CheckExpression(ix.Index, scope, aggregation);
                _ = subject;
                return StaticType.Any;
            }
            case SliceExpression slice:
            {
                var subject = CheckExpression(slice.Subject, scope, aggregation);
                if (Mismatch(subject, StaticType.AnyList))
                {
                    Error(
                        slice.Subject,
                        $"Type mismatch: expected List but was {TypeName(subject)}",
                        InvalidArgumentType
                    );
                }
                if (slice.From is not null)
                {
                    CheckExpression(slice.From, scope, aggregation);
                }
                if (slice.To is not null)
                {
                    CheckExpression(slice.To, scope, aggregation);
                }
                return subject & (StaticType.AnyList | StaticType.Null);
            }
            case LabelPredicate lp:
            {
                var subject = CheckExpression(lp.Subject, scope, aggregation);
                if (Mismatch(subject, StaticType.Node | StaticType.Relationship))
                {
                    Error(
                        lp.Subject,
                        $"Type mismatch: expected Node or Relationship but was {TypeName(subject)}",
                        InvalidArgumentType
                    );
                }
                return Bool;
            }
            case BinaryExpression b:
                return CheckBinary(b, scope, aggregation);
            case UnaryExpression u:
                if (u.Operator == UnaryOperator.Not)
                {
                    var operand = CheckExpression(u.Operand, scope, aggregation | ExpressionUse.Predicate);
                    if (Mismatch(operand, StaticType.Boolean))
                    {
                        Error(
                            u.Operand,
                            $"Type mismatch: expected Boolean but was {TypeName(operand)}",
                            InvalidArgumentType
                        );
                    }
                    return Bool;
                }
                else
                {
                    var operand = CheckExpression(u.Operand, scope, aggregation);
                    if (Mismatch(operand, StaticType.Number | StaticType.Other))
                    {
                        Error(
                            u.Operand,
                            $"Type mismatch: expected a number but was {TypeName(operand)}",
                            InvalidArgumentType
                        );
                    }
                    return (operand & (StaticType.Number | StaticType.Null)) is var n && n != StaticType.None
                        ? n
                        : StaticType.Any;
                }
            case IsNullExpression n:
                CheckExpression(n.Operand, scope, aggregation);
                return StaticType.Boolean;
            case FunctionInvocation f:
                return CheckFunction(f, scope, use);
            case CountStar c:
                CheckAggregatePlacement(c, "count(*)", use);
                _aggregatesSeen++;
                return StaticType.Integer;
            case CaseExpression c:
            {
                if (c.Subject is not null)
                {
                    CheckExpression(c.Subject, scope, aggregation);
                }
                var result = c.Else is null ? StaticType.Null : StaticType.None;
                foreach (var alternative in c.Alternatives)
                {
                    CheckExpression(
                        alternative.When,
                        scope,
                        aggregation | (c.Subject is null ? ExpressionUse.Predicate : ExpressionUse.Value)
                    );
                    result |= CheckExpression(alternative.Then, scope, aggregation);
                }
                if (c.Else is not null)
                {
                    result |= CheckExpression(c.Else, scope, aggregation);
                }
                return result;
            }
            case ListComprehension lc:
            {
                CheckExpression(lc.Source, scope, aggregation);
                _locals.Add(new Symbol(lc.Variable.Name, VariableKind.Value, StaticType.Any, lc.Variable));
                if (lc.Where is not null)
                {
                    CheckExpression(lc.Where, scope, ExpressionUse.Predicate);
                }
                if (lc.Projection is not null)
                {
                    CheckExpression(lc.Projection, scope, ExpressionUse.Value);
                }
                _locals.RemoveAt(_locals.Count - 1);
                return StaticType.List;
            }
            case QuantifierExpression q:
            {
                CheckExpression(q.Source, scope, aggregation);
                _locals.Add(new Symbol(q.Variable.Name, VariableKind.Value, StaticType.Any, q.Variable));
                if (q.Where is not null)
                {
                    CheckPredicate(q.Where, scope);
                }
                _locals.RemoveAt(_locals.Count - 1);
                return Bool;
            }
            case ReduceExpression r:
            {
                CheckExpression(r.Initial, scope, aggregation);
                CheckExpression(r.Source, scope, aggregation);
                _locals.Add(new Symbol(r.Accumulator.Name, VariableKind.Value, StaticType.Any, r.Accumulator));
                _locals.Add(new Symbol(r.Variable.Name, VariableKind.Value, StaticType.Any, r.Variable));
                CheckExpression(r.Step, scope, ExpressionUse.Value);
                _locals.RemoveRange(_locals.Count - 2, 2);
                return StaticType.Any;
            }
            case PatternComprehension pc:
            {
                var inner = WithLocals(scope);
                var part = new PatternPart(pc.Span, pc.PathVariable, PathSelector.None, pc.Pattern);
                DeclarePatternPart(part, inner, PatternUse.Match, new HashSet<string>(StringComparer.Ordinal));
                CheckPatternExpressions(pc.Pattern, inner, PatternUse.Match);
                var saved = SwapLocals();
                if (pc.Where is not null)
                {
                    CheckPredicate(pc.Where, inner);
                }
                CheckExpression(pc.Projection, inner, ExpressionUse.Value);
                RestoreLocals(saved);
                return StaticType.List;
            }
            case ExistsSubquery ex:
                CheckSubquery(ex.Pattern, ex.Where, ex.Query, scope, QueryRole.ExistsSubquery);
                return StaticType.Boolean;
            case CountSubquery cs:
                CheckSubquery(cs.Pattern, cs.Where, cs.Query, scope, QueryRole.CountSubquery);
                return StaticType.Integer;
            case CollectSubquery co:
            {
                var columns = CheckSubquery(null, null, co.Query, scope, QueryRole.CollectSubquery);
                if (columns is { Count: not 1 })
                {
                    Error(co, "A Collect subquery must end with a single return column.", InvalidClauseComposition);
                }
                return StaticType.List;
            }
            case PatternExpression pe:
            {
                if ((use & ExpressionUse.Predicate) == ExpressionUse.Value)
                {
                    Error(
                        pe,
                        "A pattern expression should only be used in order to test the existence of a pattern. It can no longer be used inside the function size(), an alternative is to replace size() with COUNT {}; elsewhere use EXISTS { … }, COUNT { … } or a pattern comprehension",
                        UnexpectedSyntax
                    );
                }
                var inner = WithLocals(scope);
                DeclareElement(pe.Pattern, inner, PatternUse.Expression, new HashSet<string>(StringComparer.Ordinal));
                var saved = SwapLocals();
                CheckPatternExpressions(pe.Pattern, inner, PatternUse.Expression);
                RestoreLocals(saved);
                return StaticType.Boolean;
            }
            case ShortestPathExpression sp:
            {
                var inner = WithLocals(scope);
                DeclarePatternPart(sp.Pattern, inner, PatternUse.Match, new HashSet<string>(StringComparer.Ordinal));
                var saved = SwapLocals();
                CheckPatternExpressions(sp.Pattern.Element, inner, PatternUse.Match);
                RestoreLocals(saved);
                return StaticType.Path | StaticType.Null;
            }
            case MapProjection mp:
            {
                var subject = CheckExpression(mp.Subject, scope, aggregation);
                if (Mismatch(subject, StaticType.Map | StaticType.Node | StaticType.Relationship))
                {
                    Error(
                        mp.Subject,
                        $"Type mismatch: expected Map, Node or Relationship but was {TypeName(subject)}",
                        InvalidArgumentType
                    );
                }
                foreach (var item in mp.Items)
                {
                    switch (item)
                    {
                        case MapProjectionEntry entry:
                            CheckExpression(entry.Value, scope, aggregation);
                            break;
                        case VariableSelector selector:
                            CheckExpression(selector.Variable, scope, aggregation);
                            break;
                    }
                }
                return StaticType.Map;
            }
            default:
                throw new InvalidOperationException("Unknown expression node " + expression.GetType().Name);
        }
    }

    private List<Symbol> SwapLocals()
    {
        var saved = _locals.ToList();
        _locals.Clear();
        return saved;
    }

    private void RestoreLocals(List<Symbol> saved)
    {
        _locals.Clear();
        _locals.AddRange(saved);
    }

    private List<Symbol>? CheckSubquery(
        Pattern? pattern,
        Expression? where,
        Query? query,
        ScopeBuilder scope,
        QueryRole role
    )
    {
        var inner = WithLocals(scope);
        var saved = SwapLocals();
        var savedInside = _insideAggregate;
        var savedCount = _aggregatesSeen;
        _insideAggregate = false;
        List<Symbol>? columns = null;
        if (pattern is not null)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var part in pattern.Parts)
            {
                DeclarePatternPart(part, inner, PatternUse.Match, seen);
            }
            foreach (var part in pattern.Parts)
            {
                CheckPatternExpressions(part.Element, inner, PatternUse.Match);
            }
            if (where is not null)
            {
                CheckPredicate(where, inner);
            }
        }
        else if (query is not null)
        {
            var savedOuter = _outerForImport;
            _outerForImport = null;
            columns = AnalyzeQuery(query, inner, role);
            _outerForImport = savedOuter;
        }
        _aggregatesSeen = savedCount;
        _insideAggregate = savedInside;
        RestoreLocals(saved);
        return columns;
    }

    private StaticType CheckBinary(BinaryExpression b, ScopeBuilder scope, ExpressionUse aggregation)
    {
        switch (b.Operator)
        {
            case BinaryOperator.And:
            case BinaryOperator.Or:
            case BinaryOperator.Xor:
            {
                var left = CheckExpression(b.Left, scope, aggregation | ExpressionUse.Predicate);
                var right = CheckExpression(b.Right, scope, aggregation | ExpressionUse.Predicate);
                if (Mismatch(left, StaticType.Boolean))
                {
                    Error(b.Left, $"Type mismatch: expected Boolean but was {TypeName(left)}", InvalidArgumentType);
                }
                if (Mismatch(right, StaticType.Boolean))
                {
                    Error(b.Right, $"Type mismatch: expected Boolean but was {TypeName(right)}", InvalidArgumentType);
                }
                return Bool;
            }
            default:
            {
                var left = CheckExpression(b.Left, scope, aggregation);
                var right = CheckExpression(b.Right, scope, aggregation);
                if (b.Operator == BinaryOperator.In && Mismatch(right, StaticType.AnyList))
                {
                    Error(b.Right, $"Type mismatch: expected List<T> but was {TypeName(right)}", InvalidArgumentType);
                }
                return b.Operator switch
                {
                    BinaryOperator.Add when left == StaticType.Integer && right == StaticType.Integer =>
                        StaticType.Integer,
                    BinaryOperator.Add when left == StaticType.String || right == StaticType.String => StaticType.String
                        | StaticType.Null,
                    BinaryOperator.Add when left == StaticType.List || right == StaticType.List => StaticType.List
                        | StaticType.Null,
                    BinaryOperator.Subtract
                    or BinaryOperator.Multiply
                    or BinaryOperator.Divide
                    or BinaryOperator.Modulo when left == StaticType.Integer && right == StaticType.Integer =>
                        StaticType.Integer,
                    BinaryOperator.Power
                        when (left & ~StaticType.Number) == StaticType.None
                            && (right & ~StaticType.Number) == StaticType.None => StaticType.Float,
                    BinaryOperator.Concatenate => StaticType.String | StaticType.List | StaticType.Null,
                    BinaryOperator.Add
                    or BinaryOperator.Subtract
                    or BinaryOperator.Multiply
                    or BinaryOperator.Divide
                    or BinaryOperator.Modulo
                    or BinaryOperator.Power => StaticType.Any,
                    _ => Bool,
                };
            }
        }
    }

    private void CheckAggregatePlacement(Expression node, string name, ExpressionUse use)
    {
        if (_insideAggregate)
        {
            Error(node, "Can't use aggregate functions inside of aggregate functions.", "NestedAggregation");
        }
        else if ((use & ExpressionUse.Aggregation) == ExpressionUse.Value)
        {
            Error(node, $"Invalid use of aggregating function {name} in this context", "InvalidAggregation");
        }
    }

    private StaticType CheckFunction(FunctionInvocation f, ScopeBuilder scope, ExpressionUse use)
    {
        FunctionSignature? signature = null;
        if (_options.Functions is { } functions && !functions.TryGetFunction(f.FullName, out signature))
        {
            Error(f, $"Unknown function '{f.FullName}'", "UnknownFunction");
        }
        var aggregate = signature?.IsAggregate ?? (f.Namespace.Count == 0 && s_defaultAggregates.Contains(f.Name));
        if (signature is not null)
        {
            var count = f.Arguments.Count;
            if (count < signature.MinArguments || (signature.MaxArguments is { } max && count > max))
            {
                var expected =
                    signature.MaxArguments == signature.MinArguments
                        ? signature.MinArguments.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : signature.MaxArguments is { } m ? $"{signature.MinArguments} to {m}"
                    : $"at least {signature.MinArguments}";
                Error(
                    f,
                    $"Insufficient or too many parameters for function '{f.FullName}': got {count}, expected {expected}",
                    "InvalidNumberOfArguments"
                );
            }
        }
        if (
            _insideAggregate
            && f.Namespace.Count == 0
            && string.Equals(f.Name, "rand", StringComparison.OrdinalIgnoreCase)
        )
        {
            Error(
                f,
                "Can't use non-deterministic (random) functions inside of aggregate functions.",
                "NonConstantExpression"
            );
        }
        var isExists = f.Namespace.Count == 0 && string.Equals(f.Name, "exists", StringComparison.OrdinalIgnoreCase);
        ExpressionUse argumentUse;
        if (aggregate)
        {
            CheckAggregatePlacement(f, f.FullName + "(...)", use);
            _aggregatesSeen++;
            argumentUse = ExpressionUse.Value;
        }
        else
        {
            argumentUse = use & ExpressionUse.Aggregation;
        }
        var savedInside = _insideAggregate;
        _insideAggregate |= aggregate;
        for (var i = 0; i < f.Arguments.Count; i++)
        {
            var argument = f.Arguments[i];
            var type = CheckExpression(
                argument,
                scope,
                argumentUse | (isExists ? ExpressionUse.Predicate : ExpressionUse.Value)
            );
            if (signature?.ArgumentTypes is { } types && i < types.Count && Mismatch(type, types[i]))
            {
                Error(
                    argument,
                    $"Type mismatch: expected {TypeName(types[i])} but was {TypeName(type)} (argument {i + 1} of {f.FullName})",
                    InvalidArgumentType
                );
            }
        }
        _insideAggregate = savedInside;
        if (isExists)
        {
            return StaticType.Boolean;
        }
        return signature?.ReturnType ?? StaticType.Any;
    }

    /// <summary>The direct sub-expressions of an expression (not looking into subqueries).</summary>
    internal static IEnumerable<Expression> Children(Expression expression)
    {
        switch (expression)
        {
            case ListLiteral list:
                return list.Items;
            case MapLiteral map:
                return map.Entries.Select(e => e.Value);
            case PropertyLookup p:
                return [p.Subject];
            case IndexExpression ix:
                return [ix.Subject, ix.Index];
            case SliceExpression s:
                return new[] { s.Subject, s.From, s.To }.OfType<Expression>();
            case LabelPredicate lp:
                return [lp.Subject];
            case BinaryExpression b:
                return [b.Left, b.Right];
            case UnaryExpression u:
                return [u.Operand];
            case IsNullExpression n:
                return [n.Operand];
            case FunctionInvocation f:
                return f.Arguments;
            case CaseExpression c:
                return new[] { c.Subject, c.Else }
                    .Concat(c.Alternatives.SelectMany(a => new[] { a.When, a.Then }))
                    .OfType<Expression>();
            case ListComprehension lc:
                return new[] { lc.Source, lc.Where, lc.Projection }.OfType<Expression>();
            case QuantifierExpression q:
                return new[] { q.Source, q.Where }.OfType<Expression>();
            case ReduceExpression r:
                return [r.Initial, r.Source, r.Step];
            case MapProjection mp:
                return mp
                    .Items.Select(i =>
                        i switch
                        {
                            MapProjectionEntry e => e.Value,
                            VariableSelector v => v.Variable,
                            _ => null,
                        }
                    )
                    .OfType<Expression>()
                    .Prepend(mp.Subject);
            default:
                return [];
        }
    }
}
