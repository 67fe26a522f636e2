using System.Globalization;
using EconSecGraph.Contract.Tests.Backends;
using EconSecGraph.Contract.Tests.Cases;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Contract.Tests;

/// <summary>
/// What every <see cref="IGraphDatabase"/> must do alike, whichever engine answers: value round trips of every
/// kind, records and keys, summaries and counters, explicit transactions, errors with Neo4j codes and positions,
/// read access mode, and the app's own queries (<see cref="AppQueryCases"/>). Each backend is a subclass.
/// </summary>
public abstract class GraphContractTests(IContractBackend backend)
{
    /// <summary>A label unique to this test instance, so tests never see each other's data.</summary>
    private readonly string _tag = "Contract" + Guid.NewGuid().ToString("N")[..12];

    private IGraphDatabase Db
    {
        get
        {
            Skip.If(backend.SkipReason is not null, backend.SkipReason);
            return backend.Database;
        }
    }

    public static TheoryData<string, CypherValue> RoundTripValues =>
        new()
        {
            { "null", CypherNull.Instance },
            { "true", CypherBoolean.True },
            { "min int", long.MinValue },
            { "max int", long.MaxValue },
            { "tiny int", -16L },
            { "float", 1.5e-300 },
            { "negative infinity", double.NegativeInfinity },
            { "string", "経済安全保障 — ✓" },
            { "empty string", "" },
            { "bytes", new CypherBytes(new byte[] { 0, 127, 128, 255 }) },
            { "list", CypherList.Wrap([1L, "a", CypherList.Wrap([2.5]), CypherNull.Instance]) },
            {
                "map",
                new CypherMap(
                    new Dictionary<string, CypherValue>
                    {
                        ["k"] = 1L,
                        ["nested"] = new CypherMap(new Dictionary<string, CypherValue> { ["x"] = "y" }),
                    }
                )
            },
            { "date", CypherDate.Of(2024, 2, 29) },
            { "old date", CypherDate.Of(-44, 3, 15) },
            { "time", new CypherTime(45_296_000_000_789L, 9 * 3600) },
            { "local time", new CypherLocalTime(86_399_999_999_999L) },
            { "local datetime", new CypherLocalDateTime(1_700_000_000, 5) },
            { "datetime with offset", new CypherDateTime(4500, 42, 3600) },
            { "datetime with zone", new CypherDateTime(1_688_169_600, 0, 7200, "Europe/Berlin") },
            { "duration", new CypherDuration(14, 3, 3723, 500_000_000) },
            { "point wgs84", new CypherPoint(CypherPoint.Wgs84_2D, 139.69, 35.69) },
            { "point cartesian 3d", new CypherPoint(CypherPoint.Cartesian3D, 1, 2, 3) },
        };

    [SkippableTheory]
    [MemberData(nameof(RoundTripValues))]
    public async Task Value_RoundTripsThroughAParameter(string name, CypherValue value)
    {
        var (records, _) = await Db.QueryAsync(
            new Query("RETURN $v AS v", new Dictionary<string, CypherValue> { ["v"] = value })
        );
        Assert.True(value.Equals(Assert.Single(records)["v"]), $"{name}: sent {value}, got {records[0]["v"]}");
    }

    [SkippableFact]
    public async Task Values_MadeByCypher()
    {
        var (records, _) = await Db.QueryAsync(
            new Query(
                "RETURN date('2024-02-29') AS d, datetime('1970-01-01T02:15:00.000000042+01:00') AS dt, "
                    + "duration('P1Y2M3DT4.5S') AS dur, point({x: 1.0, y: 2.0}) AS p, [1, 2.0, 'x'] AS l, {a: null} AS m, "
                    + "9007199254740993 AS big"
            )
        );
        var row = Assert.Single(records);
        Assert.Equal(CypherDate.Of(2024, 2, 29), row["d"]);
        Assert.Equal(new CypherDateTime(4500, 42, 3600), row["dt"]);
        Assert.Equal(new CypherDuration(14, 3, 4, 500_000_000), row["dur"]);
        Assert.Equal(new CypherPoint(CypherPoint.Cartesian2D, 1, 2), row["p"]);
        Assert.Equal(CypherList.Wrap([1L, 2.0, "x"]), row["l"]);
        Assert.Equal(new CypherMap(new Dictionary<string, CypherValue> { ["a"] = CypherNull.Instance }), row["m"]);
        Assert.Equal(CypherInteger.Of(9_007_199_254_740_993L), row["big"]);
    }

    [SkippableFact]
    public async Task Records_KeysInOrder_RowsInOrder()
    {
        var (records, summary) = await Db.QueryAsync(
            new Query("UNWIND [3, 1, 2] AS x RETURN x * 2 AS y, x ORDER BY x")
        );
        Assert.All(records, r => Assert.Equal(["y", "x"], r.Keys));
        Assert.Equal([2L, 4L, 6L], records.Select(r => ((CypherInteger)r["y"]).Value));
        Assert.Equal(QueryType.ReadOnly, summary.QueryType);
        Assert.False(summary.Counters.ContainsUpdates);
        var error = Assert.Throws<KeyNotFoundException>(() => records[0]["z"]);
        Assert.Contains("y, x", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Graph_NodesRelationshipsAndPaths()
    {
        await using var tx = await Db.BeginTransactionAsync();
        var result = await tx.RunAsync(
            new Query(
                $"CREATE p = (a:{_tag}:Agency {{name: 'METI'}})-[r:FUNDS {{amount: 5.5}}]->(b:{_tag} {{name: 'K'}}) "
                    + "RETURN a, r, b, p, [(b)<-[x]-(y) | y.name] AS back"
            )
        );
        var row = (await result.ToListAsync()).Single();
        var a = (CypherNode)row["a"];
        var r = (CypherRelationship)row["r"];
        var b = (CypherNode)row["b"];
        Assert.Equal(new[] { "Agency", _tag }.Order(StringComparer.Ordinal), a.Labels.Order(StringComparer.Ordinal));
        Assert.Equal(new CypherString("METI"), a.Properties["name"]);
        Assert.Equal("FUNDS", r.Type);
        Assert.Equal(a.ElementId, r.StartNodeElementId);
        Assert.Equal(b.ElementId, r.EndNodeElementId);
        Assert.Equal(new CypherFloat(5.5), r.Properties["amount"]);
        var path = (CypherPath)row["p"];
        Assert.Equal(1, path.Length);
        Assert.Equal(a, path.Start);
        Assert.Equal(b, path.End);
        Assert.Equal(CypherList.Wrap(["METI"]), row["back"]);
        await tx.RollbackAsync();
    }

    [SkippableFact]
    public async Task CallInTransactions_AutoCommit_BatchesCommit_ErrorsPerMode()
    {
        var rows = (
            await Db.QueryAsync(
                new Query(
                    $"UNWIND [1, 2, 0, 4] AS i CALL {{ WITH i CREATE (:{_tag} {{i: i, v: 1 / i}}) }} "
                        + "IN TRANSACTIONS OF 1 ROW ON ERROR CONTINUE REPORT STATUS AS s RETURN i, s.committed AS ok"
                )
            )
        ).Records;
        Assert.Equal([true, true, false, true], rows.Select(r => ((CypherBoolean)r["ok"]).Value));
        var kept = (await Db.QueryAsync(new Query($"MATCH (n:{_tag}) RETURN n.i AS i ORDER BY i"))).Records;
        Assert.Equal([1L, 2L, 4L], kept.Select(r => ((CypherInteger)r["i"]).Value));
        await Db.QueryAsync(new Query($"MATCH (n:{_tag}) DELETE n"));
    }

    [SkippableFact]
    public async Task CallInTransactions_ExplicitTransaction_FailsToStart()
    {
        await using var tx = await Db.BeginTransactionAsync();
        var e = await Assert.ThrowsAnyAsync<CypherException>(async () =>
            await (
                await tx.RunAsync(new Query($"UNWIND [1] AS i CALL {{ WITH i CREATE (:{_tag}) }} IN TRANSACTIONS"))
            ).ConsumeAsync()
        );
        Assert.Equal(Neo4jStatusCodes.TransactionStartFailed, e.Code);
    }

    [SkippableFact]
    public async Task Summary_CountersAndQueryType()
    {
        await using var tx = await Db.BeginTransactionAsync();
        var created = await (
            await tx.RunAsync(new Query($"CREATE (:{_tag} {{a: 1, b: 2}})-[:R]->(:{_tag})"))
        ).ConsumeAsync();
        Assert.Equal(2, created.Counters.NodesCreated);
        Assert.Equal(1, created.Counters.RelationshipsCreated);
        Assert.Equal(2, created.Counters.LabelsAdded);
        Assert.Equal(2, created.Counters.PropertiesSet);
        Assert.True(created.Counters.ContainsUpdates);
        Assert.Equal(QueryType.WriteOnly, created.QueryType);
        var changed = await (
            await tx.RunAsync(new Query($"MATCH (n:{_tag}) WHERE n.a = 1 SET n.c = 3 RETURN n"))
        ).ConsumeAsync();
        Assert.Equal(QueryType.ReadWrite, changed.QueryType);
        Assert.Equal(1, changed.Counters.PropertiesSet);
        var deleted = await (await tx.RunAsync(new Query($"MATCH (n:{_tag}) DETACH DELETE n"))).ConsumeAsync();
        Assert.Equal(2, deleted.Counters.NodesDeleted);
        Assert.Equal(1, deleted.Counters.RelationshipsDeleted);
        await tx.RollbackAsync();
    }

    [SkippableFact]
    public async Task Transactions_CommitIsVisible_RollbackIsNot()
    {
        var count = new Query($"MATCH (n:{_tag}) RETURN count(n) AS c");
        try
        {
            await using (var tx = await Db.BeginTransactionAsync())
            {
                await (await tx.RunAsync(new Query($"CREATE (:{_tag})"))).ConsumeAsync();
                await tx.RollbackAsync();
            }
            Assert.Equal(CypherInteger.Of(0), (await Db.QueryAsync(count)).Records[0]["c"]);
            await using (var tx = await Db.BeginTransactionAsync())
            {
                await (await tx.RunAsync(new Query($"CREATE (:{_tag})"))).ConsumeAsync();
                await tx.CommitAsync();
            }
            Assert.Equal(CypherInteger.Of(1), (await Db.QueryAsync(count)).Records[0]["c"]);
            await Db.ExecuteWriteAsync(async tx =>
                await (await tx.RunAsync(new Query($"CREATE (:{_tag})"))).ConsumeAsync()
            );
            var seen = await Db.ExecuteReadAsync(async tx => (await (await tx.RunAsync(count)).ToListAsync())[0]["c"]);
            Assert.Equal(CypherInteger.Of(2), seen);
        }
        finally
        {
            await Db.QueryAsync(new Query($"MATCH (n:{_tag}) DETACH DELETE n"));
        }
    }

    [SkippableFact]
    public async Task Errors_SyntaxError_HasCodeAndPosition()
    {
        var error = await Assert.ThrowsAsync<CypherSyntaxException>(() => Db.QueryAsync(new Query("RETURN 1 +")));
        Assert.Equal(Neo4jStatusCodes.SyntaxError, error.Code);
        Assert.NotNull(error.Position);
        Assert.Equal(1, error.Position!.Value.Line);
        var misspelt = await Assert.ThrowsAsync<CypherSyntaxException>(() => Db.QueryAsync(new Query("RETRUN 1")));
        Assert.Equal(new SourcePosition(0, 1, 1), misspelt.Position);
        Assert.Contains("RETRUN", misspelt.Message, StringComparison.Ordinal);
        // the database keeps answering
        Assert.Single((await Db.QueryAsync(new Query("RETURN 1 AS n"))).Records);
    }

    [SkippableFact]
    public async Task Errors_RuntimeAndParameterErrors_HaveNeo4jCodes()
    {
        var missing = await Assert.ThrowsAsync<ParameterMissingException>(() =>
            Db.QueryAsync(new Query("RETURN $nope AS x"))
        );
        Assert.Equal(Neo4jStatusCodes.ParameterMissing, missing.Code);
        var division = await Assert.ThrowsAnyAsync<CypherException>(() =>
            Db.QueryAsync(new Query("UNWIND [1, 0] AS x RETURN 1 / x AS y"))
        );
        Assert.Equal(Neo4jStatusCodes.ArithmeticError, division.Code);
        Assert.False(division.IsTransient);
    }

    [SkippableFact]
    public async Task AccessModeRead_RefusesWrites()
    {
        await using var tx = await Db.BeginTransactionAsync(TransactionConfig.ReadOnly);
        var error = await Assert.ThrowsAnyAsync<CypherException>(async () =>
            await (await tx.RunAsync(new Query($"CREATE (:{_tag})"))).ConsumeAsync()
        );
        Assert.Equal(Neo4jStatusCodes.AccessMode, error.Code);
    }

    [SkippableTheory]
    [MemberData(nameof(AppQueryCases.Names), MemberType = typeof(AppQueryCases))]
    public async Task AppQuery_AnswersAlike(string name)
    {
        var @case = AppQueryCases.All.Single(c => string.Equals(c.Name, name, StringComparison.Ordinal));
        await using var tx = await Db.BeginTransactionAsync();
        await (await tx.RunAsync(@case.Bind(@case.Setup, _tag))).ConsumeAsync();
        var result = await tx.RunAsync(@case.Bind(@case.Query, _tag));
        Assert.Equal(@case.Keys, result.Keys);
        var rows = (await result.ToListAsync()).Select(r => r.Values.ToArray()).ToList();
        Assert.Equal(@case.Rows.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.True(
                @case.Rows[i].SequenceEqual(rows[i]),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{name}: row {i} is [{string.Join(", ", rows[i].Select(v => v.ToString()))}]"
                )
            );
        }
        await tx.RollbackAsync();
    }
}
