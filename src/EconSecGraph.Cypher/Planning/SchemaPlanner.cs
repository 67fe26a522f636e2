using EconSecGraph.Cypher.Operators;
using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Store;
using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Planning;

/// <summary>Schema commands: CREATE/DROP INDEX and CONSTRAINT, and the SHOW commands.</summary>
internal static class SchemaPlanner
{
    public static CompiledQuery Plan(CypherStatement statement, SchemaCommand command, QueryPlanner planner) =>
        command switch
        {
            CreateIndexCommand c => Command(statement, planner, true, ctx => CreateIndex(c, ctx, planner)),
            DropIndexCommand d => Command(statement, planner, true, ctx => DropIndex(d, ctx)),
            CreateConstraintCommand c => Command(statement, planner, true, ctx => CreateConstraint(c, ctx, planner)),
            DropConstraintCommand d => Command(statement, planner, true, ctx => DropConstraint(d, ctx)),
            ShowCommand s => PlanShow(statement, s, planner),
            _ => throw new CypherSyntaxException("Unsupported schema command", planner.Position(command)),
        };

    private static CompiledQuery Command(
        CypherStatement statement,
        QueryPlanner planner,
        bool writes,
        Action<QueryContext> run
    ) =>
        new(statement.Mode, new ArgumentNode(), [], [], planner.Slots.Count, writes, [])
        {
            IsSchemaCommand = true,
            Command = ctx =>
            {
                run(ctx);
                return [];
            },
        };

    private static ISchemaWriter Schema(QueryContext ctx)
    {
        if (ctx.ReadOnly)
        {
            throw new AccessModeException("Schema operations are not allowed in read access mode.");
        }
        return ctx.Graph as ISchemaWriter
            ?? throw new CypherException(
                Neo4jStatusCodes.ForbiddenDueToTransactionType,
                "Schema modifications cannot be made in this transaction."
            );
    }

    private static Dictionary<string, string> IndexConfig(Expression? options, QueryPlanner planner)
    {
        var config = new Dictionary<string, string>(StringComparer.Ordinal);
        if (options is null)
        {
            return config;
        }
        var value = planner.Compile(options, new Scope())([], null!);
        if (value is CypherMap map)
        {
            if (map.TryGetValue("indexConfig", out var ic) && ic is CypherMap icm)
            {
                foreach (var (k, v) in icm)
                {
                    config[k] = v.ToString();
                }
            }
            if (map.TryGetValue("indexProvider", out var provider))
            {
                config["indexProvider"] = provider.ToString();
            }
        }
        return config;
    }

    private static void CreateIndex(CreateIndexCommand c, QueryContext ctx, QueryPlanner planner)
    {
        var schema = Schema(ctx);
        var properties = c.Properties.Select(p => p.Property).ToArray();
        var type = c.Kind switch
        {
            IndexKind.Range => "RANGE",
            IndexKind.Text => "TEXT",
            IndexKind.Fulltext => "FULLTEXT",
            IndexKind.Point => "POINT",
            IndexKind.Lookup => "LOOKUP",
            _ => throw new CypherException(
                Neo4jStatusCodes.UnsupportedOperationError,
                "Vector indexes are not supported by the embedded engine."
            ),
        };
        var existing = ctx.Graph.Indexes();
        var equivalent = existing.FirstOrDefault(i =>
            string.Equals(i.Type, type, StringComparison.Ordinal)
            && i.IsRelationship == c.IsRelationship
            && i.LabelsOrTypes.SequenceEqual(c.LabelsOrTypes, StringComparer.Ordinal)
            && i.Properties.SequenceEqual(properties, StringComparer.Ordinal)
        );
        var sameName = c.Name is null
            ? null
            : existing.FirstOrDefault(i => string.Equals(i.Name, c.Name, StringComparison.Ordinal));
        if (equivalent is not null || sameName is not null)
        {
            if (c.IfNotExists)
            {
                return;
            }
            if (sameName is not null && equivalent is null)
            {
                throw new CypherException(
                    Neo4jStatusCodes.IndexAlreadyExists,
                    "There already exists an index called '" + c.Name + "'."
                );
            }
            throw new CypherException(
                Neo4jStatusCodes.EquivalentSchemaRuleAlreadyExists,
                "An equivalent index already exists, '" + Describe(equivalent ?? sameName!) + "'."
            );
        }
        if (
            ctx
                .Graph.Constraints()
                .FirstOrDefault(k => c.Name is not null && string.Equals(k.Name, c.Name, StringComparison.Ordinal))
            is not null
        )
        {
            throw new CypherException(
                Neo4jStatusCodes.ConstraintAlreadyExists,
                "There already exists a constraint called '" + c.Name + "'."
            );
        }
        schema.CreateIndex(
            c.Name,
            type,
            c.IsRelationship,
            c.LabelsOrTypes,
            properties,
            IndexConfig(c.Options, planner)
        );
        ctx.Counters.IndexesAdded++;
    }

    private static string Describe(IndexDescriptor i) =>
        "Index( id="
        + i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + ", name='"
        + i.Name
        + "', type='"
        + i.Type
        + "', schema="
        + (i.IsRelationship ? "()-[:" : "(:")
        + string.Join("|", i.LabelsOrTypes)
        + " {"
        + string.Join(", ", i.Properties)
        + "}"
        + (i.IsRelationship ? "]-()" : ")")
        + " )";

    private static void DropIndex(DropIndexCommand d, QueryContext ctx)
    {
        var schema = Schema(ctx);
        var index = ctx.Graph.Indexes().FirstOrDefault(i => string.Equals(i.Name, d.Name, StringComparison.Ordinal));
        if (index is null || index.OwningConstraint is not null)
        {
            if (d.IfExists && index is null)
            {
                return;
            }
            // Neo4j 5 reports both as Neo.DatabaseError.Schema.IndexDropFailed.
            throw new CypherException(
                Neo4jStatusCodes.IndexDropFailed,
                index is null
                    ? "Unable to drop index called `"
                        + d.Name
                        + "`. There is no such index. SHOW INDEXES lists the existing ones; DROP INDEX … IF EXISTS ignores a missing one."
                    : "Unable to drop index: Index belongs to constraint: `" + index.OwningConstraint + "`"
            );
        }
        schema.DropIndex(d.Name);
        ctx.Counters.IndexesRemoved++;
    }

    private static void CreateConstraint(CreateConstraintCommand c, QueryContext ctx, QueryPlanner planner)
    {
        var schema = Schema(ctx);
        if (c.Kind != ConstraintKind.Unique)
        {
            var what = c.Kind switch
            {
                ConstraintKind.NotNull => "Property existence constraint",
                ConstraintKind.Key => (c.IsRelationship ? "Relationship" : "Node") + " key constraint",
                _ => "Property type constraint",
            };
            throw new CypherException(
                Neo4jStatusCodes.ConstraintCreationFailed,
                what
                    + " requires Neo4j Enterprise Edition. The embedded engine supports uniqueness constraints (REQUIRE n.p IS UNIQUE)."
            );
        }
        var properties = c.Properties.Select(p => p.Property).ToArray();
        var existing = ctx.Graph.Constraints();
        var equivalent = existing.FirstOrDefault(k =>
            k.IsRelationship == c.IsRelationship
            && string.Equals(k.LabelOrType, c.LabelOrType, StringComparison.Ordinal)
            && k.Properties.SequenceEqual(properties, StringComparer.Ordinal)
        );
        var sameName = c.Name is null
            ? null
            : existing.FirstOrDefault(k => string.Equals(k.Name, c.Name, StringComparison.Ordinal));
        if (equivalent is not null || sameName is not null)
        {
            if (c.IfNotExists)
            {
                return;
            }
            if (equivalent is not null)
            {
                throw new CypherException(
                    Neo4jStatusCodes.EquivalentSchemaRuleAlreadyExists,
                    "An equivalent constraint already exists, 'Constraint( name='"
                        + equivalent.Name
                        + "', type='UNIQUENESS' )'."
                );
            }
            throw new CypherException(
                Neo4jStatusCodes.ConstraintAlreadyExists,
                "There already exists a constraint called '" + c.Name + "'."
            );
        }
        _ = planner;
        schema.CreateUniqueConstraint(c.Name, c.IsRelationship, c.LabelOrType, properties);
        ctx.Counters.ConstraintsAdded++;
    }

    private static void DropConstraint(DropConstraintCommand d, QueryContext ctx)
    {
        var schema = Schema(ctx);
        if (ctx.Graph.Constraints().All(k => !string.Equals(k.Name, d.Name, StringComparison.Ordinal)))
        {
            if (d.IfExists)
            {
                return;
            }
            throw new CypherException(
                Neo4jStatusCodes.ConstraintDropFailed,
                "Unable to drop constraint `"
                    + d.Name
                    + "`: No such constraint "
                    + d.Name
                    + ". SHOW CONSTRAINTS lists the existing ones; DROP CONSTRAINT … IF EXISTS ignores a missing one."
            );
        }
        schema.DropConstraint(d.Name);
        ctx.Counters.ConstraintsRemoved++;
    }

    private static CompiledQuery PlanShow(CypherStatement statement, ShowCommand show, QueryPlanner planner)
    {
        ShowCommands.ValidateFilter(show, planner.Position(show));
        var (columns, rows) = ShowCommands.Columns(show.Kind);
        // SHOW … [YIELD …] [WHERE …] [RETURN …] is planned as a query over a procedure-like source.
        var source = new ShowSourceNode(show.Kind, show.Filter, rows);
        var scope = new Scope();
        var slots = new int[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            slots[i] = planner.Slots.New(columns[i]);
            scope.Bind(columns[i], slots[i]);
        }
        source.Slots = slots;
        PlanNode current = source;
        IReadOnlyList<string> outColumns = show.Yield is null ? ShowCommands.DefaultColumns(show.Kind) : [];
        int[] outSlots = [.. outColumns.Select(c => slots[columns.IndexOf(c)])];
        if (show.Where is not null)
        {
            current = new FilterNode(current, planner.Compile(show.Where, scope), planner.Text(show.Where));
        }
        if (show.Yield is not null)
        {
            var (plan, cols) = planner.PlanShowYield(show, current, scope);
            current = plan;
            outColumns = [.. cols.Select(c => c.Name)];
            outSlots = [.. cols.Select(c => c.Slot)];
        }
        return new CompiledQuery(statement.Mode, current, outColumns, outSlots, planner.Slots.Count, false, []);
    }
}
