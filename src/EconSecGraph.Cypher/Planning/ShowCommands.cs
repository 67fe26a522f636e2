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
        if (string.Equals(i.Type, "LOOKUP", StringComparison.Ordinal))
        {
            return i.IsRelationship
                ? "CREATE LOOKUP INDEX " + Quote(i.Name) + " FOR ()-[r]-() ON EACH type(r)"
                : "CREATE LOOKUP INDEX " + Quote(i.Name) + " FOR (n) ON EACH labels(n)";
        }
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

    /// <summary>
    /// Checks the words between SHOW and INDEXES/CONSTRAINTS (Neo4j 5's filters); anything else is a syntax error
    /// rather than an empty list.
    /// </summary>
    public static void ValidateFilter(ShowCommand show, Graph.Errors.SourcePosition? position)
    {
        if (show.Filter is not { } filter)
        {
            return;
        }
        var ok = show.Kind switch
        {
            ShowCommandKind.Indexes => filter
                is "ALL"
                    or "RANGE"
                    or "FULLTEXT"
                    or "TEXT"
                    or "POINT"
                    or "VECTOR"
                    or "LOOKUP",
            ShowCommandKind.Constraints => ConstraintFilter(filter) is not null,
            _ => filter is "ALL" or "BUILT IN" or "USER DEFINED",
        };
        if (!ok)
        {
            throw new Graph.Errors.CypherSyntaxException(
                "Invalid input '"
                    + filter
                    + "': not a filter of SHOW "
                    + show.Kind.ToString().ToUpperInvariant()
                    + (
                        show.Kind == ShowCommandKind.Indexes
                            ? " (expected ALL, RANGE, FULLTEXT, TEXT, POINT, VECTOR or LOOKUP)"
                        : show.Kind == ShowCommandKind.Constraints
                            ? " (expected ALL, [NODE|RELATIONSHIP] UNIQUE, [NODE|RELATIONSHIP] [PROPERTY] EXISTENCE, [NODE|RELATIONSHIP] KEY or [NODE|RELATIONSHIP] PROPERTY TYPE)"
                        : string.Empty
                    ),
                position
            );
        }
    }

    /// <summary>The test a SHOW … CONSTRAINTS filter puts on (type, is a relationship constraint); null when not a filter.</summary>
    private static Func<string, bool, bool>? ConstraintFilter(string filter)
    {
        var words = filter.Split(' ');
        bool? relationship = words[0] switch
        {
            "NODE" => false,
            "RELATIONSHIP" or "REL" => true,
            _ => null,
        };
        var rest = string.Join(' ', relationship is null ? words : words[1..]);
        Func<string, bool>? kind = rest switch
        {
            "ALL" when relationship is null => _ => true,
            "UNIQUE" or "UNIQUENESS" => t => t.EndsWith("UNIQUENESS", StringComparison.Ordinal),
            "EXIST" or "EXISTS" or "EXISTENCE" or "PROPERTY EXIST" or "PROPERTY EXISTS" or "PROPERTY EXISTENCE" => t =>
                t.EndsWith("PROPERTY_EXISTENCE", StringComparison.Ordinal),
            "KEY" => t => t.EndsWith("KEY", StringComparison.Ordinal),
            "PROPERTY TYPE" => t => t.EndsWith("PROPERTY_TYPE", StringComparison.Ordinal),
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }
        return (type, isRelationship) => kind(type) && (relationship is null || relationship == isRelationship);
    }

    private static IEnumerable<CypherValue[]> ConstraintRows(QueryContext ctx, string? filter)
    {
        var matches = filter is null ? null : ConstraintFilter(filter);
        foreach (var c in ctx.Graph.Constraints().OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            if (matches is not null && !matches(c.Type, c.IsRelationship))
            {
                continue;
            }
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
