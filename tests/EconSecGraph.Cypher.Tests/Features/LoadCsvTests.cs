using System.Text;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using static EconSecGraph.Cypher.Tests.Features.CypherRunner;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>LOAD CSV from the configured import directory: headers, field terminator, quoting, and clear errors.</summary>
public sealed class LoadCsvTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "esg-csv-" + Guid.NewGuid().ToString("N"));

    public LoadCsvTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private EmbeddedGraphDatabase Db() =>
        EmbeddedGraphDatabase.CreateInMemory(new EmbeddedOptions { ImportDirectory = _dir, SyncCommits = false });

    private void Write(string name, string text) =>
        File.WriteAllText(Path.Combine(_dir, name), text, new UTF8Encoding(false));

    [Fact]
    public async Task LoadCsv_WithHeaders_RowsAreMapsAndEmptyFieldsNull()
    {
        Write("agencies.csv", "name,founded,note\nMETI,2001,\n\"Cabinet Office, Japan\",2001,\"said \"\"yes\"\"\"\n");
        await using var db = Db();
        Assert.Equal(
            [
                "{name: 'METI', founded: '2001', note: null}",
                "{name: 'Cabinet Office, Japan', founded: '2001', note: 'said \"yes\"'}",
            ],
            await RowsAsync(db, "LOAD CSV WITH HEADERS FROM 'file:///agencies.csv' AS row RETURN row")
        );
    }

    [Fact]
    public async Task LoadCsv_FieldTerminator_SplitsOnIt()
    {
        Write("semi.csv", "a;b\n1;経済安全保障\n");
        await using var db = Db();
        Assert.Equal(
            ["['a', 'b']", "['1', '経済安全保障']"],
            await RowsAsync(db, "LOAD CSV FROM 'file:///semi.csv' AS row FIELDTERMINATOR ';' RETURN row")
        );
    }

    [Fact]
    public async Task LoadCsv_TabTerminatorAndMultilineField_ReadAsOneRecord()
    {
        Write("tab.tsv", "k\tv\nx\t\"two\nlines\"\n");
        await using var db = Db();
        Assert.Equal(
            ["'x' | 'two\\nlines'"],
            await RowsAsync(
                db,
                "LOAD CSV WITH HEADERS FROM 'file:///tab.tsv' AS row FIELDTERMINATOR '\\t' RETURN row.k, row.v"
            )
        );
    }

    [Fact]
    public async Task LoadCsv_CreatesNodes_InOneTransaction()
    {
        Write("p.csv", "id,name\n1,半導体\n2,重要鉱物\n");
        await using var db = Db();
        var summary = await SummaryAsync(
            db,
            "LOAD CSV WITH HEADERS FROM 'file:///p.csv' AS row CREATE (:Program {id: toInteger(row.id), name: row.name})"
        );
        Assert.Equal(2, summary.Counters.NodesCreated);
        Assert.Equal(
            "['半導体', '重要鉱物']",
            await ScalarAsync(db, "MATCH (p:Program) WITH p ORDER BY p.id RETURN collect(p.name)")
        );
    }

    [Fact]
    public async Task LoadCsv_UnclosedQuote_FailsNamingFileAndLine_AndWritesNothing()
    {
        Write("bad.csv", "id,name\n1,ok\n2,\"never closed\n3,lost\n");
        await using var db = Db();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(new Query("LOAD CSV WITH HEADERS FROM 'file:///bad.csv' AS row CREATE (:R {id: row.id})"))
        );
        Assert.Equal(Neo4jStatusCodes.ExternalResourceFailed, e.Code);
        Assert.Contains("file:///bad.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
        Assert.Contains("never closed", e.Message, StringComparison.Ordinal);
        Assert.Equal("0", await ScalarAsync(db, "MATCH (r:R) RETURN count(r)"));
    }

    [Fact]
    public async Task LoadCsv_TextAfterClosingQuote_FailsNamingFileAndLine()
    {
        Write("bad2.csv", "a,b\n1,2\n3,\"x\"y\n");
        await using var db = Db();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(new Query("LOAD CSV FROM 'file:///bad2.csv' AS row RETURN row"))
        );
        Assert.Equal(Neo4jStatusCodes.ExternalResourceFailed, e.Code);
        Assert.Contains("bad2.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
        Assert.Contains("field 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadCsv_MissingFile_IsExternalResourceFailed()
    {
        await using var db = Db();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(new Query("LOAD CSV FROM 'file:///nope.csv' AS row RETURN row"))
        );
        Assert.Equal(Neo4jStatusCodes.ExternalResourceFailed, e.Code);
        Assert.Contains(
            "Couldn't load the external resource at: file:///nope.csv",
            e.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task LoadCsv_PathOutsideImportDirectory_IsRejected()
    {
        Write("inside.csv", "a\n");
        await using var db = Db();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(new Query("LOAD CSV FROM 'file:///../outside.csv' AS row RETURN row"))
        );
        Assert.Contains("outside the import directory", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadCsv_NoImportDirectory_SaysHowToEnableIt()
    {
        await using var db = EmbeddedGraphDatabase.CreateInMemory();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(new Query("LOAD CSV FROM 'file:///a.csv' AS row RETURN row"))
        );
        Assert.Contains("ImportDirectory", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadCsv_WriteInReadAccessMode_IsAccessModeError()
    {
        Write("p.csv", "id\n1\n");
        await using var db = Db();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(
                new Query("LOAD CSV WITH HEADERS FROM 'file:///p.csv' AS row CREATE (:P {id: row.id})"),
                TransactionConfig.ReadOnly
            )
        );
        Assert.Equal(Neo4jStatusCodes.AccessMode, e.Code);
    }
}
