using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using static EconSecGraph.Cypher.Tests.Features.CypherRunner;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>SHOW INDEXES / SHOW CONSTRAINTS / DROP INDEX / DROP CONSTRAINT as Neo4j 5 answers them.</summary>
public sealed class SchemaCommandTests
{
    private static async Task<EmbeddedGraphDatabase> WithSchemaAsync()
    {
        var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.QueryAsync(new Query("CREATE INDEX agency_name FOR (a:Agency) ON (a.name)"));
        await db.QueryAsync(new Query("CREATE CONSTRAINT law_id FOR (l:Law) REQUIRE l.id IS UNIQUE"));
        return db;
    }

    [Fact]
    public async Task ShowIndexes_ListsRangeIndexAndConstraintIndex()
    {
        await using var db = await WithSchemaAsync();
        Assert.Equal(
            [
                "'agency_name' | 'RANGE' | 'NODE' | ['Agency'] | ['name'] | null",
                "'law_id' | 'RANGE' | 'NODE' | ['Law'] | ['id'] | 'law_id'",
            ],
            await RowsAsync(
                db,
                "SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint WHERE type = 'RANGE' RETURN name, type, entityType, labelsOrTypes, properties, owningConstraint ORDER BY name"
            )
        );
    }

    [Fact]
    public async Task ShowIndexes_DefaultColumns_AreNeo4js()
    {
        await using var db = await WithSchemaAsync();
        await using var result = await db.RunAsync(new Query("SHOW INDEXES"));
        Assert.Equal(
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
            ],
            result.Keys
        );
        var summary = await result.ConsumeAsync();
        Assert.Equal(QueryType.ReadOnly, summary.QueryType);
    }

    [Fact]
    public async Task ShowConstraints_ListsUniqueness()
    {
        await using var db = await WithSchemaAsync();
        Assert.Equal(
            ["'law_id' | 'UNIQUENESS' | 'NODE' | ['Law'] | ['id'] | 'law_id'"],
            await RowsAsync(
                db,
                "SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties, ownedIndex RETURN name, type, entityType, labelsOrTypes, properties, ownedIndex"
            )
        );
    }

    [Fact]
    public async Task DropIndex_RemovesIt_AndCountsIt()
    {
        await using var db = await WithSchemaAsync();
        var summary = await SummaryAsync(db, "DROP INDEX agency_name");
        Assert.Equal(1, summary.Counters.IndexesRemoved);
        Assert.Equal(QueryType.SchemaWrite, summary.QueryType);
        Assert.Equal("0", await ScalarAsync(db, "SHOW INDEXES YIELD name WHERE name = 'agency_name' RETURN count(*)"));
    }

    [Fact]
    public async Task DropIndex_Missing_IsIndexDropFailed_UnlessIfExists()
    {
        await using var db = await WithSchemaAsync();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() => db.QueryAsync(new Query("DROP INDEX nope")));
        Assert.Equal(Neo4jStatusCodes.IndexDropFailed, e.Code);
        Assert.StartsWith(
            "Unable to drop index called `nope`. There is no such index.",
            e.Message,
            StringComparison.Ordinal
        );
        var summary = await SummaryAsync(db, "DROP INDEX nope IF EXISTS");
        Assert.Equal(0, summary.Counters.IndexesRemoved);
    }

    [Fact]
    public async Task DropIndex_OwnedByConstraint_IsRefused()
    {
        await using var db = await WithSchemaAsync();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() => db.QueryAsync(new Query("DROP INDEX law_id")));
        Assert.Contains("constraint", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("1", await ScalarAsync(db, "SHOW CONSTRAINTS YIELD name RETURN count(*)"));
    }

    [Fact]
    public async Task DropConstraint_RemovesItAndItsIndex()
    {
        await using var db = await WithSchemaAsync();
        var summary = await SummaryAsync(db, "DROP CONSTRAINT law_id");
        Assert.Equal(1, summary.Counters.ConstraintsRemoved);
        Assert.Equal("0", await ScalarAsync(db, "SHOW CONSTRAINTS YIELD name RETURN count(*)"));
        Assert.Equal("0", await ScalarAsync(db, "SHOW INDEXES YIELD name WHERE name = 'law_id' RETURN count(*)"));
        // The uniqueness rule is gone: duplicates are allowed now.
        await db.QueryAsync(new Query("CREATE (:Law {id: 1}), (:Law {id: 1})"));
    }

    [Fact]
    public async Task DropConstraint_Missing_IsConstraintDropFailed_UnlessIfExists()
    {
        await using var db = await WithSchemaAsync();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() => db.QueryAsync(new Query("DROP CONSTRAINT nope")));
        Assert.Equal(Neo4jStatusCodes.ConstraintDropFailed, e.Code);
        Assert.StartsWith(
            "Unable to drop constraint `nope`: No such constraint nope.",
            e.Message,
            StringComparison.Ordinal
        );
        await db.QueryAsync(new Query("DROP CONSTRAINT nope IF EXISTS"));
    }

    [Fact]
    public async Task CreateIndex_Twice_IsEquivalentSchemaRule_UnlessIfNotExists()
    {
        await using var db = await WithSchemaAsync();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(new Query("CREATE INDEX agency_name FOR (a:Agency) ON (a.name)"))
        );
        Assert.Equal(Neo4jStatusCodes.EquivalentSchemaRuleAlreadyExists, e.Code);
        var summary = await SummaryAsync(db, "CREATE INDEX agency_name IF NOT EXISTS FOR (a:Agency) ON (a.name)");
        Assert.Equal(0, summary.Counters.IndexesAdded);
    }

    [Fact]
    public async Task UniqueConstraint_Violation_IsConstraintValidationFailed()
    {
        await using var db = await WithSchemaAsync();
        await db.QueryAsync(new Query("CREATE (:Law {id: 7})"));
        var e = await Assert.ThrowsAnyAsync<CypherException>(() => db.QueryAsync(new Query("CREATE (:Law {id: 7})")));
        Assert.Equal(Neo4jStatusCodes.ConstraintValidationFailed, e.Code);
        Assert.Equal("1", await ScalarAsync(db, "MATCH (l:Law) RETURN count(l)"));
    }

    [Theory]
    [InlineData("SHOW UNIQUE CONSTRAINTS", 1)]
    [InlineData("SHOW NODE UNIQUE CONSTRAINTS", 1)]
    [InlineData("SHOW RELATIONSHIP UNIQUE CONSTRAINTS", 0)]
    [InlineData("SHOW EXISTENCE CONSTRAINTS", 0)]
    [InlineData("SHOW NODE PROPERTY EXISTENCE CONSTRAINTS", 0)]
    [InlineData("SHOW KEY CONSTRAINTS", 0)]
    [InlineData("SHOW ALL CONSTRAINTS", 1)]
    [InlineData("SHOW RANGE INDEXES", 2)]
    [InlineData("SHOW FULLTEXT INDEXES", 0)]
    [InlineData("SHOW LOOKUP INDEXES", 2)]
    [InlineData("SHOW ALL INDEXES", 4)]
    public async Task Show_Filter_SelectsOnlyThatKind(string command, int count)
    {
        await using var db = await WithSchemaAsync();
        Assert.Equal(count, (await RowsAsync(db, command)).Count);
    }

    [Theory]
    [InlineData("SHOW FOO INDEXES")]
    [InlineData("SHOW BTREE INDEXES")]
    [InlineData("SHOW NODE FOO CONSTRAINTS")]
    public async Task Show_UnknownFilter_IsSyntaxError(string command)
    {
        await using var db = await WithSchemaAsync();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() => db.QueryAsync(new Query(command)));
        Assert.Equal(Neo4jStatusCodes.SyntaxError, e.Code);
        Assert.Contains("expected ALL", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowIndexes_CreateStatement_RecreatesTheIndex()
    {
        await using var db = await WithSchemaAsync();
        Assert.Equal(
            [
                "'CREATE LOOKUP INDEX `index_343aff4e` FOR (n) ON EACH labels(n)'",
                "'CREATE LOOKUP INDEX `index_f7700477` FOR ()-[r]-() ON EACH type(r)'",
                "'CREATE RANGE INDEX `agency_name` FOR (n:`Agency`) ON (n.`name`)'",
            ],
            await RowsAsync(
                db,
                "SHOW INDEXES YIELD name, createStatement WHERE name <> 'law_id' RETURN createStatement ORDER BY createStatement"
            )
        );
    }
}
