using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Store;
using EconSecGraph.Cypher.Syntax.Ast;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Planning;

/// <summary>The columns and rows of SHOW INDEXES / CONSTRAINTS / PROCEDURES / FUNCTIONS, as Neo4j 5 lists them.</summary>
internal static class ShowCommands
{
    private static readonly List<string> s_indexColumns =
    [
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
    ];

    private static readonly List<string> s_constraintColumns =
    [
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
    ];

    private static readonly List<string> s_procedureColumns =
    [
        "name",
        "description",
        "mode",
        "worksOnSystem",
        "signature",
        "argumentDescription",
        "returnDescription",
        "admin",
        "isDeprecated",
    ];

    private static readonly List<string> s_functionColumns =
    [
        "name",
        "category",
        "description",
        "signature",
        "isBuiltIn",
        "argumentDescription",
        "returnDescription",
        "aggregating",
        "isDeprecated",
    ];

    public static (List<string> Columns, Func<QueryContext, string?, IEnumerable<CypherValue[]>> Rows) Columns(
        ShowCommandKind kind
    ) =>
        kind switch
        {
            ShowCommandKind.Indexes => (s_indexColumns, IndexRows),
            ShowCommandKind.Constraints => (s_constraintColumns, ConstraintRows),
            ShowCommandKind.Procedures => (s_procedureColumns, ProcedureRows),
            _ => (s_functionColumns, FunctionRows),
        };

    public static IReadOnlyList<string> DefaultColumns(ShowCommandKind kind) =>
        kind switch
        {
            ShowCommandKind.Indexes => s_indexColumns[..12],
            ShowCommandKind.Constraints => s_constraintColumns[..8],
            ShowCommandKind.Procedures => s_procedureColumns[..4],
            _ => s_functionColumns[..3],
        };

    private static CypherList Strings(IEnumerable<string> items) =>
        CypherList.Wrap([.. items.Select(s => (CypherValue)new CypherString(s))]);

    private static IEnumerable<CypherValue[]> IndexRows(QueryContext ctx, string? filter)
    {
        foreach (var i in ctx.Graph.Indexes().OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            if (
                filter is not null
                && !string.Equals(filter, "ALL", StringComparison.Ordinal)
                && !string.Equals(filter, i.Type, StringComparison.Ordinal)
            )
            {
                continue;
            }
            yield return
            [
                CypherInteger.Of(i.Id),
                new CypherString(i.Name),
                new CypherString(i.State),
                new CypherFloat(100.0),
                new CypherString(i.Type),
                new CypherString(i.IsRelationship ? "RELATIONSHIP" : "NODE"),
                string.Equals(i.Type, "LOOKUP", StringComparison.Ordinal)
                    ? CypherNull.Instance
                    : Strings(i.LabelsOrTypes),
                string.Equals(i.Type, "LOOKUP", StringComparison.Ordinal) ? CypherNull.Instance : Strings(i.Properties),
                new CypherString(i.Provider),
                i.OwningConstraint is null ? CypherNull.Instance : new CypherString(i.OwningConstraint),
                CypherNull.Instance,
                CypherInteger.Of(0),
                CypherNull.Instance,
                CypherMap.Empty,
                new CypherString(string.Empty),
                new CypherString(CreateStatement(i)),
            ];
        }
    }

    private static string CreateStatement(IndexDescriptor i)
    {
        var v = i.IsRelationship ? "r" : "n";
        var pattern = i.IsRelationship
            ? "()-[r:" + string.Join("|", i.LabelsOrTypes.Select(Quote)) + "]-()"
            : "(n:" + string.Join("|", i.LabelsOrTypes.Select(Quote)) + ")";
        var props = string.Join(", ", i.Properties.Select(p => v + "." + Quote(p)));
        return string.Equals(i.Type, "FULLTEXT", StringComparison.Ordinal)
            ? "CREATE FULLTEXT INDEX " + Quote(i.Name) + " FOR " + pattern + " ON EACH [" + props + "]"
            : "CREATE " + i.Type + " INDEX " + Quote(i.Name) + " FOR " + pattern + " ON (" + props + ")";
    }

    private static string Quote(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    private static IEnumerable<CypherValue[]> ConstraintRows(QueryContext ctx, string? filter)
    {
        foreach (var c in ctx.Graph.Constraints().OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            var v = c.IsRelationship ? "r" : "n";
            var pattern = c.IsRelationship
                ? "()-[r:" + Quote(c.LabelOrType) + "]-()"
                : "(n:" + Quote(c.LabelOrType) + ")";
            var props =
                c.Properties.Count == 1
                    ? v + "." + Quote(c.Properties[0])
                    : "(" + string.Join(", ", c.Properties.Select(p => v + "." + Quote(p))) + ")";
            yield return
            [
                CypherInteger.Of(c.Id),
                new CypherString(c.Name),
                new CypherString(c.Type),
                new CypherString(c.IsRelationship ? "RELATIONSHIP" : "NODE"),
                Strings([c.LabelOrType]),
                Strings(c.Properties),
                c.OwnedIndex is null ? CypherNull.Instance : new CypherString(c.OwnedIndex),
                CypherNull.Instance,
                CypherMap.Empty,
                new CypherString(
                    "CREATE CONSTRAINT " + Quote(c.Name) + " FOR " + pattern + " REQUIRE " + props + " IS UNIQUE"
                ),
            ];
        }
    }

    private static IEnumerable<CypherValue[]> ProcedureRows(QueryContext ctx, string? filter)
    {
        foreach (var p in ctx.Procedures.All)
        {
            yield return
            [
                new CypherString(p.Name),
                new CypherString(p.Description),
                new CypherString(p.Mode.ToString().ToUpperInvariant()),
                CypherBoolean.Of(p.Mode == Procedures.ProcedureMode.Dbms),
                new CypherString(p.Signature),
                CypherList.Wrap([.. p.Inputs.Select(i => (CypherValue)Field(i))]),
                CypherList.Wrap([.. p.Outputs.Select(o => (CypherValue)Field(o))]),
                CypherBoolean.False,
                CypherBoolean.False,
            ];
        }
    }

    private static CypherMap Field(Procedures.ProcedureField f) =>
        new([
            new("name", new CypherString(f.Name)),
            new("type", new CypherString(f.Type)),
            new("description", new CypherString(f.Name + " :: " + f.Type)),
        ]);

    private static IEnumerable<CypherValue[]> FunctionRows(QueryContext ctx, string? filter)
    {
        foreach (var (name, category, aggregating) in FunctionCatalog.All(ctx.Services))
        {
            yield return
            [
                new CypherString(name),
                new CypherString(category),
                new CypherString(name + "()"),
                new CypherString(name + "(...)"),
                CypherBoolean.True,
                CypherList.Empty,
                CypherList.Empty,
                CypherBoolean.Of(aggregating),
                CypherBoolean.False,
            ];
        }
    }
}
