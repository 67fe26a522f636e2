using System.Globalization;
using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Syntax.Semantics;

internal sealed partial class Analyzer
{
    /// <summary>Analyses a query; returns its result columns, or null when it returns nothing.</summary>
    private List<Symbol>? AnalyzeQuery(Query query, ScopeBuilder incoming, QueryRole role)
    {
        Guard();
        switch (query)
        {
            case SingleQuery single:
                return AnalyzeSingleQuery(single, incoming, role);
            case UnionQuery union:
            {
                CheckUnionMix(union, union.All);
                var left = AnalyzeQuery(union.Left, incoming, role);
                var right = AnalyzeSingleQuery(union.Right, incoming, role);
                if (left is not null && right is not null)
                {
                    var leftNames = left.Select(c => c.Name).Order(StringComparer.Ordinal).ToList();
                    var rightNames = right.Select(c => c.Name).Order(StringComparer.Ordinal).ToList();
                    if (!leftNames.SequenceEqual(rightNames, StringComparer.Ordinal))
                    {
                        Error(
                            union.Right,
                            "All sub queries in an UNION must have the same return column names",
                            "DifferentColumnsInUnion"
                        );
                    }
                }
                else if (left is null != (right is null))
                {
                    Error(
                        union.Right,
                        "All sub queries in an UNION must return rows, or none must",
                        InvalidClauseComposition
                    );
                }
                return left;
            }
            default:
                throw new InvalidOperationException("Unknown query node " + query.GetType().Name);
        }
    }

    private void CheckUnionMix(UnionQuery union, bool all)
    {
        if (union.Left is UnionQuery inner)
        {
            if (inner.All != all)
            {
                Error(inner.Right, "Invalid combination of UNION and UNION ALL", InvalidClauseComposition);
                return;
            }
            CheckUnionMix(inner, all);
        }
    }

    private static bool IsUpdating(Clause clause) =>
        clause is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause;

    private List<Symbol>? AnalyzeSingleQuery(SingleQuery query, ScopeBuilder incoming, QueryRole role)
    {
        var scope = incoming.Copy();
        var clauses = query.Clauses;
        var standaloneCall =
            role == QueryRole.Top && clauses.Count(c => c is not UseClause) == 1 && clauses[^1] is CallProcedureClause;
        List<Symbol>? columns = null;
        var updated = false;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var before = scope.ToScope();
            if (columns is not null)
            {
                Error(
                    clause,
                    $"{ClauseName(clause)} cannot follow RETURN: RETURN must be the last clause",
                    InvalidClauseComposition
                );
            }
            if (clause is UseClause && i > 0)
            {
                Error(clause, "USE can only appear at the beginning of a query", InvalidClauseComposition);
            }
            if (updated && clause is MatchClause)
            {
                Error(
                    clause,
                    $"WITH is required between {ClauseName(clauses[i - 1])} and MATCH",
                    InvalidClauseComposition
                );
            }
            if (IsUpdating(clause))
            {
                updated = true;
                if (role is QueryRole.ExistsSubquery or QueryRole.CountSubquery or QueryRole.CollectSubquery)
                {
                    Error(
                        clause,
                        $"An EXISTS, COUNT or COLLECT subquery cannot contain {ClauseName(clause)}: subquery expressions are read-only",
                        InvalidClauseComposition
                    );
                }
            }
            else if (clause is WithClause or UnwindClause or CallSubqueryClause or CallProcedureClause or LoadCsvClause)
            {
                updated = false;
            }
            if (
                i == 0
                && role == QueryRole.CallSubquery
                && clause is WithClause importing
                && IsImportingWith(importing)
            )
            {
                // Classic CALL { WITH a, b … }: the leading WITH imports from the outer scope.
                scope = AnalyzeWith(importing, _outerForImport ?? scope);
            }
            else
            {
                columns = AnalyzeClause(clause, ref scope, standaloneCall) ?? columns;
            }
            _scopes[clause] = new ClauseScope(clause, before, scope.ToScope());
        }
        var last = clauses[^1];
        if (columns is null && role is QueryRole.Top or QueryRole.CallSubquery or QueryRole.CollectSubquery)
        {
            var ok =
                IsUpdating(last)
                || last is FinishClause
                || (last is CallSubqueryClause sub && sub.Query is not null && !ReturnsRows(sub))
                || (last is CallProcedureClause call && (call.Yield is null || standaloneCall));
            if (role == QueryRole.CollectSubquery || !ok)
            {
                Error(
                    last,
                    $"Query cannot conclude with {ClauseName(last)} (must be a RETURN clause, a FINISH clause, an update clause, a unit subquery call, or a procedure call with no YIELD)",
                    InvalidClauseComposition
                );
            }
        }
        if (standaloneCall && last is CallProcedureClause standalone && columns is null)
        {
            columns = StandaloneCallColumns(standalone);
        }
        return columns;
    }

    private ScopeBuilder? _outerForImport;

    private static bool IsImportingWith(WithClause with) =>
        with.Projection.IncludeExisting
        || with.Projection.Items.All(i =>
            i.Expression is Variable v
            && (i.Alias is null || string.Equals(i.Alias.Name, v.Name, StringComparison.Ordinal))
        );

    private static bool ReturnsRows(CallSubqueryClause sub)
    {
        var q = sub.Query;
        while (q is UnionQuery u)
        {
            q = u.Right;
        }
        return q is SingleQuery s && s.Clauses[^1] is ReturnClause;
    }

    private static string ClauseName(Clause clause) =>
        clause switch
        {
            MatchClause m => m.Optional ? "OPTIONAL MATCH" : "MATCH",
            UnwindClause => "UNWIND",
            WithClause => "WITH",
            ReturnClause => "RETURN",
            CreateClause => "CREATE",
            MergeClause => "MERGE",
            SetClause => "SET",
            RemoveClause => "REMOVE",
            DeleteClause d => d.Detach ? "DETACH DELETE" : "DELETE",
            ForeachClause => "FOREACH",
            CallProcedureClause => "CALL",
            CallSubqueryClause => "CALL { … }",
            LoadCsvClause => "LOAD CSV",
            UseClause => "USE",
            FinishClause => "FINISH",
            _ => clause.GetType().Name,
        };

    /// <summary>Analyses one clause, updating <paramref name="scope"/>; returns columns for RETURN.</summary>
    private List<Symbol>? AnalyzeClause(Clause clause, ref ScopeBuilder scope, bool standaloneCall)
    {
        switch (clause)
        {
            case MatchClause match:
                AnalyzeMatch(match, scope);
                return null;
            case UnwindClause unwind:
                CheckExpression(unwind.Expression, scope, ExpressionUse.Value);
                Declare(scope, unwind.Variable, StaticType.Any);
                return null;
            case WithClause with:
                scope = AnalyzeWith(with, scope);
                return null;
            case ReturnClause ret:
            {
                var (_, columns) = AnalyzeProjection(ret.Projection, scope, isWith: false);
                return columns;
            }
            case CreateClause create:
                AnalyzeCreate(create, scope);
                return null;
            case MergeClause merge:
                AnalyzeMerge(merge, scope);
                return null;
            case SetClause set:
                AnalyzeSetItems(set.Items, scope);
                return null;
            case RemoveClause remove:
                foreach (var item in remove.Items)
                {
                    switch (item)
                    {
                        case RemovePropertyItem p:
                            CheckExpression(p.Property, scope, ExpressionUse.Value);
                            break;
                        case RemoveLabelsItem l:
                            CheckExpression(l.Variable, scope, ExpressionUse.Value);
                            break;
                    }
                }
                return null;
            case DeleteClause delete:
                foreach (var e in delete.Expressions)
                {
                    if (e is LabelPredicate)
                    {
                        Error(
                            e,
                            "DELETE expects nodes, relationships or paths; to remove a label use REMOVE n:Label",
                            "InvalidDelete"
                        );
                        continue;
                    }
                    var type = CheckExpression(e, scope, ExpressionUse.Value);
                    if (
                        Mismatch(type, StaticType.Node | StaticType.Relationship | StaticType.Path | StaticType.AnyList)
                    )
                    {
                        Error(
                            e,
                            $"Type mismatch: expected Node, Path or Relationship but was {TypeName(type)}",
                            InvalidArgumentType
                        );
                    }
                }
                return null;
            case ForeachClause forEach:
            {
                CheckExpression(forEach.List, scope, ExpressionUse.Value);
                var inner = scope.Copy();
                Declare(inner, forEach.Variable, StaticType.Any, allowShadow: false);
                foreach (var c in forEach.Clauses)
                {
                    var before = inner.ToScope();
                    if (!IsUpdating(c))
                    {
                        Error(
                            c,
                            $"Invalid use of {ClauseName(c)} inside FOREACH: only CREATE, MERGE, SET, REMOVE, DELETE and FOREACH are allowed",
                            InvalidClauseComposition
                        );
                    }
                    AnalyzeClause(c, ref inner, standaloneCall: false);
                    _scopes[c] = new ClauseScope(c, before, inner.ToScope());
                }
                return null;
            }
            case CallProcedureClause call:
                AnalyzeCallProcedure(call, scope, standaloneCall);
                return null;
            case CallSubqueryClause sub:
                AnalyzeCallSubquery(sub, scope);
                return null;
            case LoadCsvClause load:
                CheckExpression(load.Source, scope, ExpressionUse.Value);
                Declare(scope, load.Variable, StaticType.Any);
                return null;
            case UseClause:
            case FinishClause:
                return null;
            default:
                throw new InvalidOperationException("Unknown clause " + clause.GetType().Name);
        }
    }

    private void Declare(ScopeBuilder scope, Variable variable, StaticType type, bool allowShadow = false)
    {
        if (!allowShadow && scope.TryGet(variable.Name, out _))
        {
            Error(variable, $"Variable `{variable.Name}` already declared", VariableAlreadyBound);
            return;
        }
        scope.Set(new Symbol(variable.Name, Symbol.KindOf(type), type, variable));
    }

    private void AnalyzeSetItems(IReadOnlyList<SetItem> items, ScopeBuilder scope)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case SetPropertyItem p:
                    CheckExpression(p.Property, scope, ExpressionUse.Value);
                    CheckExpression(p.Value, scope, ExpressionUse.Value);
                    break;
                case SetPropertiesItem p:
                {
                    var target = CheckExpression(p.Target, scope, ExpressionUse.Value);
                    if (Mismatch(target, StaticType.Node | StaticType.Relationship))
                    {
                        Error(
                            p.Target,
                            $"Type mismatch: expected Node or Relationship but was {TypeName(target)}",
                            InvalidArgumentType
                        );
                    }
                    var value = CheckExpression(p.Value, scope, ExpressionUse.Value);
                    if (Mismatch(value, StaticType.Map | StaticType.Node | StaticType.Relationship))
                    {
                        Error(
                            p.Value,
                            $"Type mismatch: expected Map, Node or Relationship but was {TypeName(value)}",
                            InvalidArgumentType
                        );
                    }
                    break;
                }
                case SetLabelsItem l:
                    CheckExpression(l.Variable, scope, ExpressionUse.Value);
                    break;
            }
        }
    }

    private void AnalyzeCallProcedure(CallProcedureClause call, ScopeBuilder scope, bool standalone)
    {
        ProcedureSignature? signature = null;
        if (_options.Procedures is { } procedures && !procedures.TryGetProcedure(call.FullName, out signature))
        {
            ErrorWithCode(
                call,
                Neo4jStatusCodes.ProcedureNotFound,
                $"There is no procedure with the name `{call.FullName}` registered for this database instance. Please ensure you've spelled the procedure name correctly and that the procedure is properly deployed.",
                "ProcedureNotFound"
            );
        }
        if (call.Arguments is null)
        {
            if (!standalone)
            {
                Error(
                    call,
                    $"Procedure call inside a query does not support passing arguments implicitly. Pass arguments explicitly in parentheses after procedure name for {call.FullName}",
                    "InvalidArgumentPassingMode"
                );
            }
        }
        else
        {
            for (var i = 0; i < call.Arguments.Count; i++)
            {
                var type = CheckExpression(call.Arguments[i], scope, ExpressionUse.Value);
                if (signature?.InputTypes is { } types && i < types.Count && Mismatch(type, types[i]))
                {
                    Error(
                        call.Arguments[i],
                        $"Type mismatch: expected {TypeName(types[i])} but was {TypeName(type)}",
                        InvalidArgumentType
                    );
                }
            }
            if (
                signature is not null
                && (call.Arguments.Count < signature.MinimumArguments || call.Arguments.Count > signature.Inputs.Count)
            )
            {
                var expected =
                    signature.MinimumArguments == signature.Inputs.Count
                        ? signature.Inputs.Count.ToString(CultureInfo.InvariantCulture)
                        : $"{signature.MinimumArguments} to {signature.Inputs.Count}";
                Error(
                    call,
                    $"Procedure call does not provide the required number of arguments: got {call.Arguments.Count} expected {expected} for {call.FullName}",
                    "InvalidNumberOfArguments"
                );
            }
        }
        if (call.Yield is { } yield)
        {
            if (yield.All && !standalone)
            {
                Error(
                    yield,
                    "YIELD * is only allowed in a standalone procedure call; list the fields to yield",
                    UnexpectedSyntax
                );
            }
            foreach (var item in yield.Items)
            {
                if (signature is not null && !signature.Outputs.Contains(item.Field, StringComparer.Ordinal))
                {
                    Error(item, $"Unknown procedure output: `{item.Field}`", UndefinedVariable);
                }
                Declare(scope, item.Alias ?? new Variable(item.Span, item.Field), StaticType.Any);
            }
            if (yield.Where is not null)
            {
                CheckPredicate(yield.Where, scope);
            }
        }
        else if (call.Arguments is null && standalone && signature is not null && _options.Parameters is { } parameters)
        {
            foreach (var input in signature.Inputs)
            {
                if (!parameters.Contains(input))
                {
                    ErrorWithCode(
                        call,
                        Neo4jStatusCodes.ParameterMissing,
                        $"Expected parameter(s): {input}",
                        "MissingParameter"
                    );
                }
            }
        }
    }

    private List<Symbol>? StandaloneCallColumns(CallProcedureClause call)
    {
        if (call.Yield is { All: false } yield)
        {
            return yield
                .Items.Select(i => new Symbol(i.VariableName, VariableKind.Value, StaticType.Any, null))
                .ToList();
        }
        if (_options.Procedures is { } procedures && procedures.TryGetProcedure(call.FullName, out var signature))
        {
            return signature.Outputs.Select(o => new Symbol(o, VariableKind.Value, StaticType.Any, null)).ToList();
        }
        return null;
    }

    private void AnalyzeCallSubquery(CallSubqueryClause sub, ScopeBuilder scope)
    {
        var inner = new ScopeBuilder();
        var savedOuter = _outerForImport;
        if (sub.ImportedVariables is null)
        {
            _outerForImport = scope;
        }
        else
        {
            _outerForImport = null;
            if (sub.ImportAll)
            {
                inner = scope.Copy();
            }
            foreach (var v in sub.ImportedVariables)
            {
                if (scope.TryGet(v.Name, out var symbol))
                {
                    inner.Set(symbol);
                }
                else
                {
                    Error(v, $"Variable `{v.Name}` not defined", UndefinedVariable);
                }
            }
        }
        if (sub.InTransactions is { } tx)
        {
            if (tx.BatchSize is not null)
            {
                CheckConstantCount(tx.BatchSize, scope, "OF … ROWS");
            }
            if (tx.Concurrency is not null and not NullLiteral)
            {
                CheckConstantCount(tx.Concurrency, scope, "CONCURRENT");
            }
        }
        var columns = AnalyzeQuery(sub.Query, inner, QueryRole.CallSubquery);
        _outerForImport = savedOuter;
        if (sub.InTransactions is { ReportStatus: { } reported } options)
        {
            if (options.OnError == InTransactionsErrorMode.Fail)
            {
                Error(
                    options,
                    "REPORT STATUS can only be used when specifying ON ERROR CONTINUE or ON ERROR BREAK",
                    "InvalidClauseComposition"
                );
            }
            Declare(scope, reported, StaticType.Map);
        }
        if (columns is null)
        {
            return;
        }
        foreach (var column in columns)
        {
            if (scope.TryGet(column.Name, out _))
            {
                Error(sub, $"Variable `{column.Name}` already declared in outer scope", VariableAlreadyBound);
                continue;
            }
            scope.Set(column with { Declaration = null });
        }
    }

    private List<string> AnalyzeShow(ShowCommand show)
    {
        var scope = new ScopeBuilder();
        var fields = show.Kind switch
        {
            ShowCommandKind.Indexes => new[]
            {
                "id",
                "name",
                "state",
                "populationPercent",
                "type",
                "entityType",
                "labelsOrTypes",
                "properties",
                "indexProvider",
                "owningConstraint",
                "lastRead",
                "readCount",
                "trackedSince",
                "options",
                "failureMessage",
                "createStatement",
            },
            ShowCommandKind.Constraints => new[]
            {
                "id",
                "name",
                "type",
                "entityType",
                "labelsOrTypes",
                "properties",
                "ownedIndex",
                "propertyType",
                "options",
                "createStatement",
            },
            ShowCommandKind.Procedures => new[]
            {
                "name",
                "description",
                "mode",
                "worksOnSystem",
                "signature",
                "argumentDescription",
                "returnDescription",
                "admin",
                "rolesExecution",
                "rolesBoostedExecution",
                "isDeprecated",
                "option",
            },
            _ => new[]
            {
                "name",
                "category",
                "description",
                "signature",
                "isBuiltIn",
                "argumentDescription",
                "returnDescription",
                "aggregating",
                "rolesExecution",
                "rolesBoostedExecution",
                "isDeprecated",
            },
        };
        foreach (var field in fields)
        {
            scope.Set(new Symbol(field, VariableKind.Value, StaticType.Any, null));
        }
        if (show.Where is not null)
        {
            CheckPredicate(show.Where, scope);
            return [.. fields];
        }
        if (show.Yield is not { } yield)
        {
            return [.. fields];
        }
        var yielded = new ScopeBuilder();
        if (yield.All)
        {
            yielded = scope.Copy();
        }
        foreach (var item in yield.Items)
        {
            if (!scope.TryGet(item.Field, out _))
            {
                Error(
                    item,
                    $"Variable `{item.Field}` not defined: SHOW yields {string.Join(", ", fields)}",
                    UndefinedVariable
                );
            }
            Declare(yielded, item.Alias ?? new Variable(item.Span, item.Field), StaticType.Any);
        }
        foreach (var sort in yield.OrderBy)
        {
            CheckExpression(sort.Expression, yielded, ExpressionUse.Value);
        }
        if (yield.Skip is not null)
        {
            CheckConstantCount(yield.Skip, yielded, "SKIP");
        }
        if (yield.Limit is not null)
        {
            CheckConstantCount(yield.Limit, yielded, "LIMIT");
        }
        if (yield.Where is not null)
        {
            CheckPredicate(yield.Where, yielded);
        }
        if (show.Return is { } ret)
        {
            var (_, columns) = AnalyzeProjection(ret.Projection, yielded, isWith: false);
            return columns.Select(c => c.Name).ToList();
        }
        return yielded.Symbols.Select(s => s.Name).ToList();
    }
}
