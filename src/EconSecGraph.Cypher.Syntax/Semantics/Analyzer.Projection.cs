using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Cypher.Syntax.Printing;

namespace EconSecGraph.Cypher.Syntax.Semantics;

internal sealed partial class Analyzer
{
    private ScopeBuilder AnalyzeWith(WithClause with, ScopeBuilder scope)
    {
        var (next, _) = AnalyzeProjection(with.Projection, scope, isWith: true);
        if (with.Where is not null)
        {
            // openCypher: WITH … WHERE also sees the variables bound before the WITH.
            var whereScope = scope.Copy();
            foreach (var s in next.Symbols)
            {
                whereScope.Set(s);
            }
            CheckPredicate(with.Where, whereScope);
        }
        return next;
    }

    /// <summary>WITH / RETURN: returns the scope after the projection and its columns.</summary>
    private (ScopeBuilder Scope, List<Symbol> Columns) AnalyzeProjection(
        ProjectionBody projection,
        ScopeBuilder scope,
        bool isWith
    )
    {
        var clause = isWith ? "WITH" : "RETURN";
        if (projection.IncludeExisting && scope.Count == 0 && !isWith)
        {
            Error(projection, $"{clause} * is not allowed when there are no variables in scope", "NoVariablesInScope");
        }
        var next = projection.IncludeExisting ? scope.Copy() : new ScopeBuilder();
        var columns = projection.IncludeExisting ? scope.Symbols.ToList() : [];
        var names = new HashSet<string>(StringComparer.Ordinal);
        var aggregating = false;
        var itemAggregates = new bool[projection.Items.Count];
        for (var i = 0; i < projection.Items.Count; i++)
        {
            var item = projection.Items[i];
            var before = _aggregatesSeen;
            var type = CheckExpression(item.Expression, scope, ExpressionUse.Aggregation);
            itemAggregates[i] = _aggregatesSeen != before;
            aggregating |= itemAggregates[i];
            if (isWith && item.Alias is null && item.Expression is not Variable)
            {
                Error(item, "Expression in WITH must be aliased (use AS)", "NoExpressionAlias");
            }
            if (!names.Add(item.ColumnName))
            {
                Error(
                    item,
                    $"Multiple result columns with the same name `{item.ColumnName}` are not supported",
                    "ColumnNameConflict"
                );
            }
            var declaration = item.Alias ?? item.Expression as Variable;
            var symbol =
                item.Expression is Variable v && scope.TryGet(v.Name, out var existing)
                    ? existing with
                    {
                        Name = item.ColumnName,
                        Declaration = declaration,
                    }
                    : new Symbol(item.ColumnName, Symbol.KindOf(type), type, declaration);
            next.Set(symbol);
            columns.RemoveAll(c => string.Equals(c.Name, symbol.Name, StringComparison.Ordinal));
            columns.Add(symbol);
        }
        var groupingKeys = new HashSet<string>(StringComparer.Ordinal);
        if (aggregating)
        {
            if (projection.IncludeExisting)
            {
                foreach (var s in scope.Symbols)
                {
                    groupingKeys.Add(s.Name);
                }
            }
            for (var i = 0; i < projection.Items.Count; i++)
            {
                var e = projection.Items[i].Expression;
                if (!itemAggregates[i] && e is Variable or PropertyLookup { Subject: Variable })
                {
                    // Only simple grouping keys may be reused next to an aggregate (Neo4j's rule).
                    groupingKeys.Add(CypherPrinter.Print(e));
                }
            }
            for (var i = 0; i < projection.Items.Count; i++)
            {
                if (itemAggregates[i])
                {
                    CheckGrouping(projection.Items[i].Expression, groupingKeys, []);
                }
            }
        }
        // ORDER BY sees the projected names; without DISTINCT or aggregation also the variables before the projection.
        var orderScope = scope.Copy();
        foreach (var s in next.Symbols)
        {
            orderScope.Set(s);
        }
        var projected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in projection.Items)
        {
            projected.Add(CypherPrinter.Print(item.Expression));
        }
        foreach (var sort in projection.OrderBy)
        {
            if (aggregating && projected.Contains(CypherPrinter.Print(sort.Expression)))
            {
                continue;
            }
            var before = _aggregatesSeen;
            var errorsBefore = _errors.Count;
            CheckExpression(sort.Expression, orderScope, aggregating ? ExpressionUse.Aggregation : ExpressionUse.Value);
            if ((aggregating || projection.Distinct) && _errors.Count == errorsBefore)
            {
                // After DISTINCT or aggregation only the projected columns exist (aggregate arguments excepted).
                CheckProjectedOnly(sort.Expression, projected, next, []);
            }
            if (aggregating && _aggregatesSeen != before && _errors.Count == errorsBefore)
            {
                var keys = new HashSet<string>(groupingKeys, StringComparer.Ordinal);
                foreach (var s in next.Symbols)
                {
                    keys.Add(s.Name);
                }
                CheckGrouping(sort.Expression, keys, []);
            }
        }
        if (projection.Skip is not null)
        {
            CheckConstantCount(projection.Skip, scope, "SKIP");
        }
        if (projection.Limit is not null)
        {
            CheckConstantCount(projection.Limit, scope, "LIMIT");
        }
        return (next, columns);
    }

    /// <summary>
    /// In an aggregating projection, every variable used outside an aggregate must be part of a grouping key.
    /// </summary>
    private void CheckGrouping(Expression expression, HashSet<string> keys, HashSet<string> locals)
    {
        Guard();
        if (keys.Contains(CypherPrinter.Print(expression)))
        {
            return;
        }
        switch (expression)
        {
            case CountStar:
                return;
            case FunctionInvocation f when IsAggregateFunction(f):
                return;
            case Variable v:
                if (!locals.Contains(v.Name))
                {
                    Error(
                        v,
                        $"Aggregation column contains implicit grouping expressions. For example, in 'RETURN n.a, n.a + n.b + count(*)' the aggregation expression 'n.a + n.b + count(*)' includes the implicit grouping key 'n.b'. Here `{v.Name}` is used outside the aggregation but is not a grouping key; add it to the projection or move it inside the aggregation",
                        "AmbiguousAggregationExpression"
                    );
                }
                return;
            case ListComprehension lc:
                CheckGrouping(lc.Source, keys, locals);
                var inner = new HashSet<string>(locals, StringComparer.Ordinal) { lc.Variable.Name };
                if (lc.Where is not null)
                {
                    CheckGrouping(lc.Where, keys, inner);
                }
                if (lc.Projection is not null)
                {
                    CheckGrouping(lc.Projection, keys, inner);
                }
                return;
            case QuantifierExpression q:
                CheckGrouping(q.Source, keys, locals);
                if (q.Where is not null)
                {
                    CheckGrouping(
                        q.Where,
                        keys,
                        new HashSet<string>(locals, StringComparer.Ordinal) { q.Variable.Name }
                    );
                }
                return;
            case ReduceExpression r:
                CheckGrouping(r.Initial, keys, locals);
                CheckGrouping(r.Source, keys, locals);
                CheckGrouping(
                    r.Step,
                    keys,
                    new HashSet<string>(locals, StringComparer.Ordinal) { r.Variable.Name, r.Accumulator.Name }
                );
                return;
            case ExistsSubquery
            or CountSubquery
            or CollectSubquery
            or PatternComprehension
            or PatternExpression
            or ShortestPathExpression:
                return;
            default:
                foreach (var child in Children(expression))
                {
                    CheckGrouping(child, keys, locals);
                }
                return;
        }
    }

    private void CheckProjectedOnly(
        Expression expression,
        HashSet<string> projected,
        ScopeBuilder next,
        HashSet<string> locals
    )
    {
        Guard();
        if (projected.Contains(CypherPrinter.Print(expression)))
        {
            return;
        }
        switch (expression)
        {
            case CountStar:
                return;
            case FunctionInvocation f when IsAggregateFunction(f):
                return;
            case Variable v:
                if (!locals.Contains(v.Name) && !next.TryGet(v.Name, out _))
                {
                    Error(
                        v,
                        $"In a WITH/RETURN with DISTINCT or an aggregation, it is not possible to access variables declared before the WITH/RETURN: {v.Name}",
                        UndefinedVariable
                    );
                }
                return;
            case ListComprehension lc:
                CheckProjectedOnly(lc.Source, projected, next, locals);
                var inner = new HashSet<string>(locals, StringComparer.Ordinal) { lc.Variable.Name };
                foreach (var e in new[] { lc.Where, lc.Projection }.OfType<Expression>())
                {
                    CheckProjectedOnly(e, projected, next, inner);
                }
                return;
            case QuantifierExpression
            or ReduceExpression
            or ExistsSubquery
            or CountSubquery
            or CollectSubquery
            or PatternComprehension
            or PatternExpression
            or ShortestPathExpression:
                return;
            default:
                foreach (var child in Children(expression))
                {
                    CheckProjectedOnly(child, projected, next, locals);
                }
                return;
        }
    }

    /// <summary>SKIP, LIMIT and batch sizes: constant, non-negative integers.</summary>
    private void CheckConstantCount(Expression expression, ScopeBuilder scope, string what)
    {
        var variables = new List<Variable>();
        CollectVariables(expression, variables);
        if (variables.Count > 0)
        {
            Error(
                expression,
                $"It is not allowed to refer to variables in {what}, so that the value for {what} can be statically calculated",
                "NonConstantExpression"
            );
            return;
        }
        var type = CheckExpression(expression, scope, ExpressionUse.Value);
        if (expression is IntegerLiteral { Value: < 0 } negative)
        {
            Error(
                expression,
                $"Invalid input. '{negative.Value}' is not a valid value. Must be a non-negative integer.",
                "NegativeIntegerArgument"
            );
        }
        else if (Mismatch(type, StaticType.Integer))
        {
            Error(
                expression,
                $"Invalid input. '{TextOf(expression)}' is not a valid value. Must be a non-negative integer.",
                InvalidArgumentType
            );
        }
    }

    private static void CollectVariables(Expression expression, List<Variable> variables)
    {
        Guard();
        if (expression is Variable v)
        {
            variables.Add(v);
            return;
        }
        foreach (var child in Children(expression))
        {
            CollectVariables(child, variables);
        }
    }
}
