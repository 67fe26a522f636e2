using System.Globalization;
using System.Text;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using static EconSecGraph.Cypher.Tests.Features.CypherRunner;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>
/// CALL { … } IN TRANSACTIONS on real store files: every batch commits on its own (visible after reopening),
/// and the error modes keep Neo4j 5's semantics (earlier batches stay committed).
/// </summary>
public sealed class CallInTransactionsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "esg-citx-" + Guid.NewGuid().ToString("N"));

    public CallInTransactionsTests() => Directory.CreateDirectory(Path.Combine(_dir, "import"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private EmbeddedGraphDatabase Open() =>
        EmbeddedGraphDatabase.Open(
            Path.Combine(_dir, "store"),
            new EmbeddedOptions { ImportDirectory = Path.Combine(_dir, "import") }
        );

    /// <summary>The number of the last commit (from the bookmark of a read-only auto-commit query).</summary>
    private static async Task<long> LastCommitAsync(EmbeddedGraphDatabase db)
    {
        var bookmark = (await SummaryAsync(db, "RETURN 1")).Bookmark!;
        return long.Parse(
            bookmark[(bookmark.IndexOf(':', StringComparison.Ordinal) + 1)..],
            CultureInfo.InvariantCulture
        );
    }

    [Fact]
    public async Task Batches_CommitOneByOne_AndAreDurable()
    {
        long commits;
        await using (var db = Open())
        {
            var before = await LastCommitAsync(db);
            var summary = await SummaryAsync(
                db,
                "UNWIND range(1, 10) AS i CALL { WITH i CREATE (:B {i: i}) } IN TRANSACTIONS OF 3 ROWS"
            );
            Assert.Equal(10, summary.Counters.NodesCreated);
            commits = await LastCommitAsync(db) - before;
        }
        // four batches (3 + 3 + 3 + 1) and the statement's own final commit
        Assert.Equal(5, commits);
        await using (var db = Open())
        {
            Assert.Equal(
                "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]",
                await ScalarAsync(db, "MATCH (b:B) WITH b ORDER BY b.i RETURN collect(b.i)")
            );
        }
    }

    [Fact]
    public async Task OnErrorFail_EarlierBatchesStayCommitted_LaterOnesNeverRun()
    {
        await using (var db = Open())
        {
            var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
                db.QueryAsync(
                    new Query(
                        "UNWIND [1, 2, 0, 4] AS i CALL { WITH i CREATE (:B {i: i, v: 1 / i}) } IN TRANSACTIONS OF 1 ROW"
                    )
                )
            );
            Assert.Equal(Neo4jStatusCodes.ArithmeticError, e.Code);
        }
        await using (var db = Open())
        {
            Assert.Equal("[1, 2]", await ScalarAsync(db, "MATCH (b:B) WITH b ORDER BY b.i RETURN collect(b.i)"));
        }
    }

    [Fact]
    public async Task OnErrorFail_FailedBatchRollsBackWhole()
    {
        await using (var db = Open())
        {
            await Assert.ThrowsAnyAsync<CypherException>(() =>
                db.QueryAsync(
                    new Query(
                        "UNWIND [1, 2, 3, 0, 5] AS i CALL { WITH i CREATE (:B {i: i, v: 1 / i}) } IN TRANSACTIONS OF 2 ROWS"
                    )
                )
            );
        }
        await using (var db = Open())
        {
            // batch [1, 2] committed; batch [3, 0] failed as a whole (3 is not kept); [5] never ran
            Assert.Equal("[1, 2]", await ScalarAsync(db, "MATCH (b:B) WITH b ORDER BY b.i RETURN collect(b.i)"));
        }
    }

    [Fact]
    public async Task OnErrorContinue_SkipsOnlyTheFailedBatch_AndReportsStatus()
    {
        await using (var db = Open())
        {
            var rows = await RowsAsync(
                db,
                "UNWIND [1, 2, 0, 4] AS i CALL { WITH i CREATE (:B {i: i, v: 1 / i}) } IN TRANSACTIONS OF 1 ROW "
                    + "ON ERROR CONTINUE REPORT STATUS AS s "
                    + "RETURN i, s.started, s.committed, s.errorMessage IS NULL, s.transactionId IS NULL"
            );
            Assert.Equal(
                [
                    "1 | true | true | true | false",
                    "2 | true | true | true | false",
                    "0 | true | false | false | false",
                    "4 | true | true | true | false",
                ],
                rows
            );
        }
        await using (var db = Open())
        {
            Assert.Equal("[1, 2, 4]", await ScalarAsync(db, "MATCH (b:B) WITH b ORDER BY b.i RETURN collect(b.i)"));
        }
    }

    [Fact]
    public async Task OnErrorContinue_ReturningSubquery_FailedRowsGetNulls()
    {
        await using var db = Open();
        Assert.Equal(
            ["1 | 10", "0 | null", "2 | 5"],
            await RowsAsync(
                db,
                "UNWIND [1, 0, 2] AS i CALL { WITH i CREATE (b:B {v: 10 / i}) RETURN b.v AS v } IN TRANSACTIONS OF 1 ROW ON ERROR CONTINUE RETURN i, v"
            )
        );
        Assert.Equal("2", await ScalarAsync(db, "MATCH (b:B) RETURN count(b)"));
    }

    [Fact]
    public async Task OnErrorContinue_CountersLeaveOutRolledBackBatches()
    {
        await using var db = Open();
        var summary = await SummaryAsync(
            db,
            "UNWIND [1, 0, 2] AS i CALL { WITH i CREATE (:B {v: 10 / i}) } IN TRANSACTIONS OF 1 ROW ON ERROR CONTINUE"
        );
        Assert.Equal(2, summary.Counters.NodesCreated);
    }

    [Fact]
    public async Task OnErrorBreak_StopsAfterTheFailedBatch()
    {
        await using (var db = Open())
        {
            var rows = await RowsAsync(
                db,
                "UNWIND [1, 2, 0, 4] AS i CALL { WITH i CREATE (:B {i: i, v: 1 / i}) } IN TRANSACTIONS OF 1 ROW "
                    + "ON ERROR BREAK REPORT STATUS AS s RETURN i, s.started, s.committed"
            );
            Assert.Equal(["1 | true | true", "2 | true | true", "0 | true | false", "4 | false | false"], rows);
        }
        await using (var db = Open())
        {
            Assert.Equal("[1, 2]", await ScalarAsync(db, "MATCH (b:B) WITH b ORDER BY b.i RETURN collect(b.i)"));
        }
    }

    [Fact]
    public async Task ReportStatus_WithOnErrorFail_IsASyntaxError()
    {
        await using var db = Open();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(
                new Query("UNWIND [1] AS i CALL { WITH i CREATE (:B) } IN TRANSACTIONS REPORT STATUS AS s RETURN s")
            )
        );
        Assert.Equal(Neo4jStatusCodes.SyntaxError, e.Code);
        Assert.Contains("ON ERROR CONTINUE or ON ERROR BREAK", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchSize_FromParameter_MustBePositive()
    {
        await using var db = Open();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(
                new Query(
                    "UNWIND [1] AS i CALL { WITH i CREATE (:B) } IN TRANSACTIONS OF $n ROWS",
                    new Dictionary<string, Graph.Values.CypherValue>(StringComparer.Ordinal)
                    {
                        ["n"] = Graph.Values.CypherInteger.Of(0),
                    }
                )
            )
        );
        Assert.Equal(Neo4jStatusCodes.ArgumentError, e.Code);
        Assert.Equal("0", await ScalarAsync(db, "MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task LargeLoadCsv_CommitsPerThousandRows()
    {
        var csv = new StringBuilder("id,name\n");
        for (var i = 0; i < 5500; i++)
        {
            csv.Append(i.ToString(CultureInfo.InvariantCulture))
                .Append(",name ")
                .Append(i.ToString(CultureInfo.InvariantCulture))
                .Append('\n');
        }
        await File.WriteAllTextAsync(
            Path.Combine(_dir, "import", "people.csv"),
            csv.ToString(),
            new UTF8Encoding(false)
        );
        long commits;
        await using (var db = Open())
        {
            var before = await LastCommitAsync(db);
            var summary = await SummaryAsync(
                db,
                "LOAD CSV WITH HEADERS FROM 'file:///people.csv' AS row "
                    + "CALL { WITH row CREATE (:P {id: toInteger(row.id), name: row.name}) } IN TRANSACTIONS OF 1000 ROWS"
            );
            Assert.Equal(5500, summary.Counters.NodesCreated);
            commits = await LastCommitAsync(db) - before;
        }
        // one transaction per 1000 rows (6 batches) plus the statement's final commit: no transaction held
        // more than 1000 rows of writes
        Assert.Equal(7, commits);
        await using (var db = Open())
        {
            Assert.Equal(
                "5500 | 0 | 5499",
                string.Join(" | ", await RowsAsync(db, "MATCH (p:P) RETURN count(p), min(p.id), max(p.id)"))
            );
        }
    }

    [Fact]
    public async Task OuterMatch_DeleteInBatches_SeesEveryNodeOnce()
    {
        await using (var db = Open())
        {
            await db.QueryAsync(new Query("UNWIND range(1, 25) AS i CREATE (:D {i: i})-[:R]->(:E)"));
            var summary = await SummaryAsync(
                db,
                "MATCH (d:D) CALL { WITH d DETACH DELETE d } IN TRANSACTIONS OF 4 ROWS"
            );
            Assert.Equal(25, summary.Counters.NodesDeleted);
            Assert.Equal(25, summary.Counters.RelationshipsDeleted);
        }
        await using (var db = Open())
        {
            Assert.Equal(
                "0 | 25",
                string.Join(
                    " | ",
                    await RowsAsync(db, "OPTIONAL MATCH (d:D) WITH count(d) AS d MATCH (e:E) RETURN d, count(e)")
                )
            );
        }
    }
}
