using EconSecGraph.Cypher.Operators;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Planning;

internal sealed partial class QueryPlanner
{
    /// <summary>WITH / RETURN: projection or aggregation, DISTINCT, ORDER BY, SKIP, LIMIT, then WITH's WHERE.</summary>
    private (PlanNode, Scope) PlanProjection(
        ProjectionBody body,
        Expression? where,
        PlanNode input,
        Scope scope,
        List<OutputColumn>? outputSlots,
        out List<OutputColumn> columns
    )
    {
        // Items: `*` expands to every named variable in scope (Neo4j sorts them by name).
        var items = new List<PlannedItem>();
        if (body.IncludeExisting)
        {
            foreach (var name in scope.Names.Where(n => !n.StartsWith(' ')).Order(StringComparer.Ordinal))
            {
                scope.TryGet(name, out var s);
                items.Add(new PlannedItem(name, null, s));
            }
        }
        foreach (var item in body.Items)
        {
            var name = item.Alias?.Name ?? item.ColumnName;
            if (items.Any(i => string.Equals(i.Name, name, StringComparison.Ordinal)))
            {
                throw new CypherSyntaxException(
                    "Multiple result columns with the same name are not supported",
                    Position(item),
                    "ColumnNameConflict"
                );
            }
            items.Add(new PlannedItem(name, item.Expression, -1));
        }
        var aggregating = body.Items.Any(i => ContainsAggregate(i.Expression));
        var newScope = new Scope();
        var current = input;
        if (_writes && (body.Skip is not null || body.Limit is not null))
        {
            // updates happen for every row, whatever SKIP/LIMIT keep
            current = new EagerNode(current);
        }
        _aggregateSlotsByText = null;
        var itemSlots = new int[items.Count];
        var detailText = string.Join(", ", body.Items.Select(i => Text(i)));

        if (aggregating)
        {
            current = PlanAggregation(body, items, itemSlots, current, scope, newScope, outputSlots);
        }
        else
        {
            var projections = new List<SlotEvaluator>();
            for (var i = 0; i < items.Count; i++)
            {
                var (name, expr, existing) = items[i];
                var target = outputSlots?[i].Slot ?? -1;
                int slot;
                if (expr is null)
                {
                    slot = existing;
                    if (target >= 0 && target != slot)
                    {
                        var from = existing;
                        projections.Add(new SlotEvaluator(target, (row, _) => row[from]));
                        slot = target;
                    }
                }
                else if (target < 0 && expr is Variable v && scope.TryGet(v.Name, out var same) && !body.Distinct)
                {
                    slot = same;
                }
                else
                {
                    slot = target >= 0 ? target : _slots.New(name);
                    projections.Add(new SlotEvaluator(slot, Compile(expr, scope)));
                }
                itemSlots[i] = slot;
                newScope.Bind(name, slot);
            }
            if (projections.Count > 0)
            {
                current = new ProjectionNode(current, projections, detailText);
            }
            if (body.Distinct)
            {
                current = new DistinctNode(current, itemSlots, detailText);
            }
        }

        // ORDER BY sees the projected names; without DISTINCT/aggregation also the previous scope.
        if (body.OrderBy.Count > 0)
        {
            Scope sortScope;
            if (aggregating || body.Distinct)
            {
                sortScope = newScope.Clone();
            }
            else
            {
                sortScope = Combined(scope, newScope);
            }
            var keys = new List<(Evaluator, bool)>();
            var saved = _substitutions;
            _substitutions = ProjectionSubstitutions(body, items, itemSlots, saved);
            try
            {
                foreach (var sort in body.OrderBy)
                {
                    keys.Add((CompileSortKey(sort.Expression, sortScope, body, aggregating), sort.Descending));
                }
            }
            finally
            {
                _substitutions = saved;
            }
            var sortText = string.Join(", ", body.OrderBy.Select(o => Text(o)));
            if (body.Limit is not null && body.Skip is null)
            {
                current = new SortNode(current, keys, CompileCount(body.Limit), sortText);
            }
            else if (body.Limit is not null && body.Skip is not null)
            {
                var skip = CompileCount(body.Skip);
                var limit = CompileCount(body.Limit);
                current = new SortNode(
                    current,
                    keys,
                    (row, ctx) =>
                        Graph.Values.CypherInteger.Of(
                            RowCount.Evaluate(skip, row, ctx, "SKIP") + RowCount.Evaluate(limit, row, ctx, "LIMIT")
                        ),
                    sortText
                );
            }
            else
            {
                current = new SortNode(current, keys, null, sortText);
            }
        }
        if (body.Skip is not null)
        {
            current = new SkipNode(current, CompileCount(body.Skip), Text(body.Skip));
        }
        if (body.Limit is not null)
        {
            current = new LimitNode(current, CompileCount(body.Limit), Text(body.Limit), _writes);
        }
        if (where is not null)
        {
            var saved = _substitutions;
            _substitutions = ProjectionSubstitutions(body, items, itemSlots, saved, where);
            try
            {
                current = new FilterNode(
                    current,
                    Compile(where, aggregating ? newScope : Combined(scope, newScope)),
                    Text(where)
                );
            }
            finally
            {
                _substitutions = saved;
            }
        }
        columns = new List<OutputColumn>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            columns.Add(new OutputColumn(items[i].Name, itemSlots[i]));
        }
        current.Identifiers = [.. newScope.Names.Where(n => !n.StartsWith(' '))];
        return (current, newScope);
    }

    private static Scope Combined(Scope before, Scope after)
    {
        var combined = before.Clone();
        foreach (var n in after.Names)
        {
            after.TryGet(n, out var s);
            combined.Bind(n, s);
        }
        return combined;
    }

    /// <summary>Aggregates computed by the last aggregation, by expression text.</summary>
    private Dictionary<string, int>? _aggregateSlotsByText;

    /// <summary>Maps projection expressions (by text) to their slots, so ORDER BY and WHERE can name them.</summary>
    private Dictionary<Expression, int>? ProjectionSubstitutions(
        ProjectionBody body,
        List<PlannedItem> items,
        int[] itemSlots,
        Dictionary<Expression, int>? outer,
        Expression? where = null
    )
    {
        var map = outer is null
            ? new Dictionary<Expression, int>(ReferenceEqualityComparer.Instance)
            : new Dictionary<Expression, int>(outer, ReferenceEqualityComparer.Instance);
        var byText = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Expr is { } e)
            {
                byText.TryAdd(Text(e), itemSlots[i]);
            }
        }
        if (_aggregateSlotsByText is not null)
        {
            foreach (var (text, slot) in _aggregateSlotsByText)
            {
                byText.TryAdd(text, slot);
            }
        }
        foreach (var sort in body.OrderBy)
        {
            AddTextMatches(sort.Expression, byText, map);
        }
        if (where is not null)
        {
            AddTextMatches(where, byText, map);
        }
        return map;
    }

    private void AddTextMatches(Expression e, Dictionary<string, int> byText, Dictionary<Expression, int> map)
    {
        if (e is not Variable && byText.TryGetValue(Text(e), out var slot))
        {
            map[e] = slot;
            return;
        }
        foreach (var child in Children(e))
        {
            AddTextMatches(child, byText, map);
        }
    }

    private Evaluator CompileSortKey(Expression expression, Scope scope, ProjectionBody body, bool aggregating)
    {
        if (
            aggregating
            && FindAggregates(expression).Any(a => _substitutions is null || !_substitutions.ContainsKey(a))
            && (_substitutions is null || !_substitutions.ContainsKey(expression))
        )
        {
            throw new CypherSyntaxException(
                "Cannot use aggregation in ORDER BY if there are no aggregate expressions in the preceding RETURN or WITH",
                Position(expression),
                "InvalidAggregation"
            );
        }
        return Compile(expression, scope);
    }

    private Evaluator CompileCount(Expression expression)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        CollectVariables(expression, names);
        if (names.Count > 0)
        {
            throw new CypherSyntaxException(
                "It is not allowed to refer to variables in SKIP or LIMIT",
                Position(expression),
                "NonConstantExpression"
            );
        }
        return Compile(expression, new Scope());
    }

    private PlanNode PlanAggregation(
        ProjectionBody body,
        List<PlannedItem> items,
        int[] itemSlots,
        PlanNode input,
        Scope scope,
        Scope newScope,
        List<OutputColumn>? outputSlots
    )
    {
        var keys = new List<SlotEvaluator>();
        var aggregates = new List<AggregateSpec>();
        var post = new List<SlotEvaluator>();
        var substitutions = new Dictionary<Expression, int>(ReferenceEqualityComparer.Instance);
        var keyByText = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var (name, expr, existing) = items[i];
            var target = outputSlots?[i].Slot ?? -1;
            if (expr is null || !ContainsAggregate(expr))
            {
                var slot = target >= 0 ? target : _slots.New(name);
                Evaluator value = expr is null ? ((row, _) => row[existing]) : Compile(expr, scope);
                keys.Add(new SlotEvaluator(slot, value));
                itemSlots[i] = slot;
                newScope.Bind(name, slot);
                if (expr is not null)
                {
                    keyByText.TryAdd(Text(expr), slot);
                }
            }
        }
        for (var i = 0; i < items.Count; i++)
        {
            var (name, expr, _) = items[i];
            if (expr is null || !ContainsAggregate(expr))
            {
                continue;
            }
            foreach (var agg in FindAggregates(expr))
            {
                if (substitutions.ContainsKey(agg))
                {
                    continue;
                }
                var aggSlot = _slots.New(NewAnonymous("agg"));
                aggregates.Add(CompileAggregate(agg, aggSlot, scope));
                substitutions[agg] = aggSlot;
                (_aggregateSlotsByText ??= new(StringComparer.Ordinal)).TryAdd(Text(agg), aggSlot);
            }
            var target = outputSlots?[i].Slot ?? -1;
            var slot = target >= 0 ? target : _slots.New(name);
            itemSlots[i] = slot;
            newScope.Bind(name, slot);
            if (
                expr is FunctionInvocation or CountStar
                && substitutions.TryGetValue(expr, out var direct)
                && target < 0
            )
            {
                // the aggregate is the whole item: use its slot directly
                itemSlots[i] = direct;
                newScope.Bind(name, direct);
                continue;
            }
            post.Add(new SlotEvaluator(slot, CompileAfterAggregation(expr, substitutions, keyByText, newScope)));
        }
        PlanNode current =
            (PlanNode?)TryCountStore(input, items, keys, aggregates, substitutions, scope, body)
            ?? TryDistinctEndCount(input, keys, aggregates, substitutions, scope)
            ?? TryProcedureCount(input, keys, aggregates, substitutions, scope)
            ?? new AggregationNode(input, keys, aggregates, string.Join(", ", body.Items.Select(it => Text(it))));
        if (post.Count > 0)
        {
            current = new ProjectionNode(current, post, string.Empty);
        }
        if (body.Distinct)
        {
            current = new DistinctNode(current, itemSlots, "DISTINCT");
        }
        return current;
    }

    /// <summary>Compiles an item containing aggregates: aggregates read their slots; grouping keys by text.</summary>
    private Evaluator CompileAfterAggregation(
        Expression expr,
        Dictionary<Expression, int> substitutions,
        Dictionary<string, int> keyByText,
        Scope newScope
    )
    {
        var map = new Dictionary<Expression, int>(substitutions, ReferenceEqualityComparer.Instance);
        AddKeyMatches(expr, keyByText, map);
        var saved = _substitutions;
        _substitutions = map;
        try
        {
            var scope = newScope.Clone();
            return Compile(expr, scope);
        }
        catch (CypherSyntaxException ex) when (string.Equals(ex.Detail, "UndefinedVariable", StringComparison.Ordinal))
        {
            throw new CypherSyntaxException(
                "In a WITH/RETURN with DISTINCT or an aggregation, it is not possible to access variables declared before the WITH/RETURN: "
                    + Text(expr),
                Position(expr),
                "AmbiguousAggregationExpression"
            );
        }
        finally
        {
            _substitutions = saved;
        }
    }

    private void AddKeyMatches(Expression e, Dictionary<string, int> keyByText, Dictionary<Expression, int> map)
    {
        if (map.ContainsKey(e))
        {
            return;
        }
        if (keyByText.TryGetValue(Text(e), out var slot))
        {
            map[e] = slot;
            return;
        }
        foreach (var child in Children(e))
        {
            AddKeyMatches(child, keyByText, map);
        }
    }

    private AggregateSpec CompileAggregate(Expression agg, int slot, Scope scope)
    {
        if (agg is CountStar)
        {
            return new AggregateSpec(
                slot,
                AggregateFunctions.Factory("count", star: true),
                null,
                null,
                false,
                "count(*)"
            );
        }
        var f = (FunctionInvocation)agg;
        var name = f.FullName.ToLowerInvariant();
        var expected = name is "percentilecont" or "percentiledisc" ? 2 : 1;
        if (f.Arguments.Count != expected)
        {
            FunctionResolver.CheckArity(f.FullName, f.Arguments.Count, expected, expected, Position(f));
        }
        foreach (var a in f.Arguments)
        {
            if (ContainsAggregate(a))
            {
                throw new CypherSyntaxException(
                    "Can't use aggregate functions inside of aggregate functions.",
                    Position(a),
                    "NestedAggregation"
                );
            }
        }
        var arg = Compile(f.Arguments[0], scope);
        var extra = f.Arguments.Count > 1 ? Compile(f.Arguments[1], scope) : null;
        return new AggregateSpec(slot, AggregateFunctions.Factory(name, star: false), arg, extra, f.Distinct, Text(f));
    }

    /// <summary><c>RETURN count(DISTINCT m)</c> straight over an expansion: no rows, no paths (see <see cref="DistinctEndCountNode"/>).</summary>
    private static DistinctEndCountNode? TryDistinctEndCount(
        PlanNode input,
        List<SlotEvaluator> keys,
        List<AggregateSpec> aggregates,
        Dictionary<Expression, int> substitutions,
        Scope scope
    )
    {
        if (keys.Count != 0 || aggregates.Count != 1 || substitutions.Count != 1)
        {
            return null;
        }
        var agg = substitutions.Keys.First();
        if (
            agg is not FunctionInvocation { Distinct: true, Namespace.Count: 0, Arguments: [Variable counted] } f
            || !string.Equals(f.Name, "count", StringComparison.OrdinalIgnoreCase)
            || !scope.TryGet(counted.Name, out var countedSlot)
        )
        {
            return null;
        }
        return DistinctEndCountNode.TryCreate(
            input,
            countedSlot,
            aggregates[0].Slot,
            name => scope.TryGet(name, out var slot) ? slot : -1
        );
    }

    /// <summary>
    /// <c>count(x)</c> / <c>count(*)</c> where the rows need not exist: over a procedure that counts
    /// without producing rows, or over an exact index seek.
    /// </summary>
    private static PlanNode? TryProcedureCount(
        PlanNode input,
        List<SlotEvaluator> keys,
        List<AggregateSpec> aggregates,
        Dictionary<Expression, int> substitutions,
        Scope scope
    )
    {
        if (keys.Count != 0 || aggregates.Count != 1 || substitutions.Count != 1)
        {
            return null;
        }
        int? counted;
        switch (substitutions.Keys.First())
        {
            case CountStar:
                counted = null;
                break;
            case FunctionInvocation { Distinct: false, Namespace.Count: 0, Arguments: [Variable v] } f
                when string.Equals(f.Name, "count", StringComparison.OrdinalIgnoreCase)
                    && scope.TryGet(v.Name, out var slot):
                counted = slot;
                break;
            default:
                return null;
        }
        return (PlanNode?)ProcedureCountNode.TryCreate(input, counted, aggregates[0].Slot)
            ?? SeekCountNode.TryCreate(input, counted, aggregates[0].Slot);
    }
}
