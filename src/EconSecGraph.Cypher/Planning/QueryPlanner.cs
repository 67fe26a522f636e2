using System.Diagnostics;
using EconSecGraph.Cypher.Operators;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Planning;

/// <summary>
/// Turns a checked statement into a plan: assigns a row slot to every variable, picks a start point
/// and expands for each pattern, pushes filters down to where their variables are bound, and lays
/// out projections, aggregations and updates in clause order.
/// </summary>
internal sealed partial class QueryPlanner
{
    private readonly string _text;
    private readonly EngineServices _services;
    private readonly SlotAllocator _slots = new();
    private readonly HashSet<string> _parameters = new(StringComparer.Ordinal);
    private int _anonymous;
    private int _csvStateSlot = -1;
    private bool _inTransactions;
    private bool _writes;
    private bool _schemaOrProcedureWrites;
    private readonly ConflictTracker _conflicts = new();

    private QueryPlanner(string text, EngineServices services)
    {
        _text = text;
        _services = services;
    }

    public static CompiledQuery Plan(CypherStatement statement, EngineServices services)
    {
        var planner = new QueryPlanner(statement.Text, services);
        return planner.PlanStatement(statement);
    }

    private CompiledQuery PlanStatement(CypherStatement statement)
    {
        if (statement.Body is SchemaCommand command)
        {
            return SchemaPlanner.Plan(statement, command, this);
        }
        var query = (Query)statement.Body;
        var (root, columns) = PlanQuery(query, new Scope(), new ArgumentNode(), topLevel: true);
        return new CompiledQuery(
            statement.Mode,
            root,
            [.. columns.Select(c => c.Name)],
            [.. columns.Select(c => c.Slot)],
            _slots.Count,
            _writes,
            [.. _parameters]
        )
        {
            InTransactions = _inTransactions,
        };
    }

    /// <summary>Plans a (possibly union) query on top of <paramref name="input"/>; returns the plan and its output columns.</summary>
    internal (PlanNode Root, List<OutputColumn> Columns) PlanQuery(
        Query query,
        Scope scope,
        PlanNode input,
        bool topLevel
    )
    {
        switch (query)
        {
            case SingleQuery single:
                return PlanSingle(single, scope, input, null);
            case UnionQuery union:
            {
                var branches = new List<(SingleQuery Query, bool All)>();
                Flatten(union, branches);
                List<OutputColumn>? columns = null;
                PlanNode? root = null;
                var distinct = false;
                foreach (var (branch, all) in branches)
                {
                    var (plan, cols) = PlanSingle(branch, scope.Clone(), new ArgumentNode(), columns);
                    if (columns is null)
                    {
                        columns = cols;
                    }
                    else if (
                        !cols.Select(c => c.Name).SequenceEqual(columns.Select(c => c.Name), StringComparer.Ordinal)
                    )
                    {
                        throw new CypherSyntaxException(
                            "All sub queries in an UNION must have the same return column names",
                            Position(branch),
                            "DifferentColumnsInUnion"
                        );
                    }
                    root = root is null ? plan : new UnionNode(root, plan);
                    distinct |= !all;
                }
                if (distinct)
                {
                    root = new DistinctNode(root!, [.. columns!.Select(c => c.Slot)], "UNION");
                }
                return (new ApplyNode(input, root!, optional: false, [], "Apply"), columns!);
            }
            default:
                throw new UnreachableException();
        }
    }

    private static void Flatten(UnionQuery union, List<(SingleQuery, bool)> branches)
    {
        switch (union.Left)
        {
            case UnionQuery left:
                Flatten(left, branches);
                break;
            case SingleQuery single:
                branches.Add((single, union.All));
                break;
        }
        branches.Add((union.Right, union.All));
    }

    /// <summary>Plans clauses in order. When <paramref name="outputSlots"/> is given, RETURN writes into those slots (union branches).</summary>
    private (PlanNode Root, List<OutputColumn> Columns) PlanSingle(
        SingleQuery query,
        Scope scope,
        PlanNode input,
        List<OutputColumn>? outputSlots
    )
    {
        var current = input;
        List<OutputColumn> columns = [];
        foreach (var clause in query.Clauses)
        {
            switch (clause)
            {
                case MatchClause m:
                    current = PlanMatchClause(m, current, scope);
                    break;
                case UnwindClause u:
                {
                    var list = Compile(u.Expression, scope);
                    var slot = _slots.New(u.Variable.Name);
                    current = new UnwindNode(current, list, slot, Text(u.Expression) + " AS " + u.Variable.Name);
                    scope.Bind(u.Variable.Name, slot);
                    break;
                }
                case WithClause w:
                    (current, scope) = PlanProjection(w.Projection, w.Where, current, scope, null, out _);
                    break;
                case ReturnClause r:
                    (current, scope) = PlanProjection(r.Projection, null, current, scope, outputSlots, out columns);
                    break;
                case CreateClause c:
                    current = PlanCreate(c, current, scope);
                    break;
                case MergeClause m:
                    current = PlanMerge(m, current, scope);
                    break;
                case SetClause s:
                    current = PlanSet(s, current, scope);
                    break;
                case RemoveClause r:
                    current = PlanRemove(r, current, scope);
                    break;
                case DeleteClause d:
                    current = PlanDelete(d, current, scope);
                    break;
                case ForeachClause f:
                    current = PlanForeach(f, current, scope);
                    break;
                case CallProcedureClause call:
                    current = PlanProcedureCall(call, current, scope, query.Clauses.Count == 1, out var procColumns);
                    if (procColumns is not null)
                    {
                        columns = procColumns;
                    }
                    break;
                case CallSubqueryClause sub:
                    current = PlanSubqueryCall(sub, current, scope);
                    break;
                case LoadCsvClause csv:
                    current = PlanLoadCsv(csv, current, scope);
                    break;
                case FinishClause:
                    columns = [];
                    break;
                case UseClause:
                    break;
                default:
                    throw new CypherSyntaxException(
                        "This clause is not supported by the embedded engine: " + Text(clause),
                        Position(clause)
                    );
            }
        }
        return (current, columns);
    }

    internal string NewAnonymous(string prefix) =>
        "  " + prefix + (_anonymous++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal SourcePosition Position(AstNode node) => SourcePosition.At(_text, node.Span.Start);

    internal string Text(AstNode node) => node.Span.GetText(_text);

    internal SlotAllocator Slots => _slots;

    internal EngineServices Services => _services;

    internal void MarkWrites() => _writes = true;

    internal void MarkSchemaOrProcedureWrites() => _schemaOrProcedureWrites = true;

    internal bool SchemaOrProcedureWrites => _schemaOrProcedureWrites;
}
