using EconSecGraph.Cypher.Operators;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Planning;

internal sealed partial class QueryPlanner
{
    /// <summary>A nested plan over a pattern, rooted at an Argument, seeing the outer scope.</summary>
    private (PlanNode Plan, Scope Inner) NestedPattern(
        PatternElement element,
        Variable? pathVariable,
        Expression? where,
        Scope scope
    )
    {
        var inner = scope.Clone();
        var part = new PatternPart(element.Span, pathVariable, PathSelector.None, element);
        var saved = _conflicts;
        var plan = PlanPattern(new Pattern(element.Span, [part]), where, new ArgumentNode(), inner);
        return (plan, inner);
    }

    private Evaluator CompilePatternPredicate(PatternExpression pe, Scope scope)
    {
        var (plan, _) = NestedPattern(pe.Pattern, null, null, scope);
        return (row, ctx) => CypherBoolean.Of(Any(plan, row, ctx));
    }

    private static bool Any(PlanNode plan, CypherValue[] row, QueryContext ctx)
    {
        var saved = (CypherValue[])row.Clone();
        var cursor = plan.Open(ctx, row);
        var found = cursor.MoveNext();
        cursor.Close();
        Array.Copy(saved, row, row.Length);
        return found;
    }

    private Evaluator CompilePatternList(PatternElement element, Scope scope)
    {
        var pathName = NewAnonymous("path");
        var (plan, inner) = NestedPattern(element, new Variable(element.Span, pathName), null, scope);
        inner.TryGet(pathName, out var pathSlot);
        return Collect(plan, (row, _) => row[pathSlot]);
    }

    private static Evaluator Collect(PlanNode plan, Evaluator projection) =>
        (row, ctx) =>
        {
            var saved = (CypherValue[])row.Clone();
            var items = new List<CypherValue>();
            var cursor = plan.Open(ctx, row);
            while (cursor.MoveNext())
            {
                ctx.Tick();
                items.Add(projection(row, ctx));
            }
            Array.Copy(saved, row, row.Length);
            return CypherList.Wrap([.. items]);
        };

    private Evaluator CompilePatternComprehension(PatternComprehension pc, Scope scope)
    {
        var (plan, inner) = NestedPattern(pc.Pattern, pc.PathVariable, pc.Where, scope);
        var projection = Compile(pc.Projection, inner);
        return Collect(plan, projection);
    }

    private (PlanNode Plan, Scope Inner, List<OutputColumn> Columns) NestedSubquery(
        Pattern? pattern,
        Expression? where,
        Query? query,
        Scope scope
    )
    {
        if (query is not null)
        {
            var inner = scope.Clone();
            var (plan, columns) = PlanQuery(query, inner, new ArgumentNode(), topLevel: false);
            return (plan, inner, columns);
        }
        var patternScope = scope.Clone();
        var p = PlanPattern(pattern!, where, new ArgumentNode(), patternScope);
        return (p, patternScope, []);
    }

    private Evaluator CompileExists(ExistsSubquery es, Scope scope)
    {
        var (plan, _, _) = NestedSubquery(es.Pattern, es.Where, es.Query, scope);
        return (row, ctx) => CypherBoolean.Of(Any(plan, row, ctx));
    }

    private Evaluator CompileCountSubquery(CountSubquery cq, Scope scope)
    {
        var (plan, _, _) = NestedSubquery(cq.Pattern, cq.Where, cq.Query, scope);
        return (row, ctx) =>
        {
            var saved = (CypherValue[])row.Clone();
            long n = 0;
            var cursor = plan.Open(ctx, row);
            while (cursor.MoveNext())
            {
                ctx.Tick();
                n++;
            }
            Array.Copy(saved, row, row.Length);
            return CypherInteger.Of(n);
        };
    }

    private Evaluator CompileCollectSubquery(CollectSubquery co, Scope scope)
    {
        var (plan, _, columns) = NestedSubquery(null, null, co.Query, scope);
        if (columns.Count != 1)
        {
            throw new CypherSyntaxException(
                "A COLLECT subquery must end with a single return column.",
                Position(co),
                "InvalidSubqueryReturn"
            );
        }
        var slot = columns[0].Slot;
        return Collect(plan, (row, _) => row[slot]);
    }

    private PlanNode PlanSubqueryCall(CallSubqueryClause sub, PlanNode current, Scope scope)
    {
        if (sub.InTransactions is { } tx)
        {
            if (tx.ReportStatus is not null && tx.OnError == InTransactionsErrorMode.Fail)
            {
                throw new CypherSyntaxException(
                    "REPORT STATUS can only be used when specifying ON ERROR CONTINUE or ON ERROR BREAK",
                    Position(tx),
                    "InvalidClauseComposition"
                );
            }
            _inTransactions = true;
        }
        Scope inner;
        if (sub.ImportedVariables is null && !sub.ImportAll)
        {
            // classic CALL { WITH x … }: the leading WITH imports; everything in scope is reachable by it
            inner = scope.Clone();
        }
        else if (sub.ImportAll)
        {
            inner = scope.Clone();
        }
        else
        {
            inner = new Scope();
            foreach (var v in sub.ImportedVariables!)
            {
                if (!scope.TryGet(v.Name, out var s))
                {
                    throw new CypherSyntaxException(
                        "Variable `" + v.Name + "` not defined",
                        Position(v),
                        "UndefinedVariable"
                    );
                }
                inner.Bind(v.Name, s);
            }
        }
        var (plan, columns) = PlanQuery(sub.Query, inner, new ArgumentNode(), topLevel: false);
        foreach (var (name, slot) in columns)
        {
            if (scope.Contains(name))
            {
                throw new CypherSyntaxException(
                    "Variable `" + name + "` already declared in outer scope",
                    Position(sub),
                    "VariableAlreadyBound"
                );
            }
        }
        var nullSlots = columns.Select(c => c.Slot).ToArray();
        foreach (var (name, slot) in columns)
        {
            scope.Bind(name, slot);
        }
        if (sub.InTransactions is { } options)
        {
            var statusSlot = -1;
            if (options.ReportStatus is { } status)
            {
                statusSlot = _slots.New(status.Name);
                scope.Bind(status.Name, statusSlot);
            }
            var batchSize = options.BatchSize is null ? null : Compile(options.BatchSize, scope);
            return new TransactionalApplyNode(
                current,
                columns.Count == 0 ? new DrainNode(plan) : plan,
                batchSize,
                options.OnError,
                nullSlots,
                statusSlot
            );
        }
        if (columns.Count == 0)
        {
            // a unit subquery: runs for its side effects, the outer row passes once
            return new ApplyNode(current, new DrainNode(plan), optional: false, [], "Apply");
        }
        return new ApplyNode(current, plan, sub.Optional, nullSlots, sub.Optional ? "Apply(Optional)" : "Apply");
    }

    private PlanNode PlanLoadCsv(LoadCsvClause csv, PlanNode current, Scope scope)
    {
        var source = Compile(csv.Source, scope);
        var slot = _slots.New(csv.Variable.Name);
        var state = _slots.New(NewAnonymous("csv"));
        _csvStateSlot = state;
        scope.Bind(csv.Variable.Name, slot);
        var terminator = csv.FieldTerminator switch
        {
            null => ',',
            "\\t" => '\t',
            { Length: 1 } t => t[0],
            var t => throw new CypherSyntaxException(
                "FIELDTERMINATOR must be a single character, got '" + t + "'",
                Position(csv),
                "InvalidArgumentValue"
            ),
        };
        return new LoadCsvNode(current, source, slot, state, csv.WithHeaders, terminator, Text(csv.Source));
    }

    private PlanNode PlanProcedureCall(
        CallProcedureClause call,
        PlanNode current,
        Scope scope,
        bool standalone,
        out List<OutputColumn>? columns
    )
    {
        var procedure =
            _services.Procedures.Find(call.FullName)
            ?? throw new CypherException(
                Graph.Errors.Neo4jStatusCodes.ProcedureNotFound,
                "There is no procedure with the name `"
                    + call.FullName
                    + "` registered for this database instance. Please ensure you've spelled the procedure name correctly and that the procedure is properly deployed.",
                Position(call),
                "ProcedureNotFound"
            );
        if (procedure.Mode == Procedures.ProcedureMode.Write || procedure.Mode == Procedures.ProcedureMode.Schema)
        {
            MarkWrites();
        }
        Evaluator[] args;
        if (call.Arguments is null)
        {
            // implicit arguments: parameters named like the procedure's inputs
            if (!standalone)
            {
                throw new CypherSyntaxException(
                    "Procedure call inside a query does not support passing arguments implicitly. Please pass arguments explicitly in parentheses after procedure name for "
                        + call.FullName,
                    Position(call),
                    "InvalidArgumentPassingMode"
                );
            }
            args = [.. procedure.Inputs.Select(i => CompileParameter(new Parameter(call.Span, i.Name)))];
        }
        else
        {
            args = [.. call.Arguments.Select(a => Compile(a, scope))];
        }
        var required = procedure.Inputs.Count(i => i.Default is null);
        if (args.Length < required || args.Length > procedure.Inputs.Count)
        {
            throw new CypherSyntaxException(
                "Procedure call does not provide the required number of arguments: got "
                    + args.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " argument(s), expected "
                    + (
                        required == procedure.Inputs.Count
                            ? required.ToString(System.Globalization.CultureInfo.InvariantCulture)
                            : "between "
                                + required.ToString(System.Globalization.CultureInfo.InvariantCulture)
                                + " and "
                                + procedure.Inputs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    )
                    + ". Procedure "
                    + procedure.Signature,
                Position(call),
                "InvalidNumberOfArguments"
            );
        }
        var yields = new List<YieldSlot>();
        columns = null;
        if (call.Yield is null || call.Yield.All)
        {
            if (!standalone && call.Yield is null && procedure.Outputs.Count > 0)
            {
                throw new CypherSyntaxException(
                    "Procedure call inside a query does not support naming results implicitly (name explicitly using `YIELD` instead)",
                    Position(call),
                    "UndefinedVariable"
                );
            }
            columns = [];
            for (var i = 0; i < procedure.Outputs.Count; i++)
            {
                var name = procedure.Outputs[i].Name;
                var slot = _slots.New(name);
                yields.Add(new YieldSlot(i, slot));
                scope.Bind(name, slot);
                columns.Add(new OutputColumn(name, slot));
            }
        }
        else
        {
            foreach (var item in call.Yield.Items)
            {
                var index = procedure
                    .Outputs.ToList()
                    .FindIndex(o => string.Equals(o.Name, item.Field, StringComparison.Ordinal));
                if (index < 0)
                {
                    throw new CypherSyntaxException(
                        "Unknown procedure output: `" + item.Field + "`",
                        Position(item),
                        "UndefinedVariable"
                    );
                }
                if (scope.Contains(item.VariableName))
                {
                    throw new CypherSyntaxException(
                        "Variable `" + item.VariableName + "` already declared",
                        Position(item),
                        "VariableAlreadyBound"
                    );
                }
                var slot = _slots.New(item.VariableName);
                yields.Add(new YieldSlot(index, slot));
                scope.Bind(item.VariableName, slot);
            }
            if (standalone)
            {
                columns =
                [
                    .. call.Yield.Items.Select(i =>
                    {
                        scope.TryGet(i.VariableName, out var s);
                        return new OutputColumn(i.VariableName, s);
                    }),
                ];
            }
        }
        current = new ProcedureCallNode(current, procedure, args, yields, call.FullName);
        if (call.Yield?.Where is { } where)
        {
            current = new FilterNode(current, Compile(where, scope), Text(where));
        }
        return current;
    }
}
