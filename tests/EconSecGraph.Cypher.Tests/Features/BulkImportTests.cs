using System.Globalization;
using System.Text;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using static EconSecGraph.Cypher.Tests.Features.CypherRunner;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>
/// <c>db.import.csv</c> on real files and durable stores: the imported graph equals what LOAD CSV builds,
/// existing indexes and constraints answer right after it, every failure names file and line and leaves the
/// store exactly as it was (also after reopening), the data survives a reopen, and read-only sessions are refused.
/// </summary>
public sealed class BulkImportTests : IDisposable
{
    private const string Import =
        "CALL db.import.csv("
        + "[{fileName: 'file:///nodes.csv', label: 'Node', labelColumn: 'label', idColumn: 'id', properties: {name: 'STRING', score: 'FLOAT', active: 'BOOLEAN'}}], "
        + "[{fileName: 'file:///edges.csv', startColumn: 'src', endColumn: 'dst', typeColumn: 'type', properties: {weight: 'INTEGER'}}], "
        + "{idType: 'INTEGER'}) YIELD nodes, relationships, properties RETURN nodes, relationships, properties";

    private static readonly string[] s_labels = ["Agency", "Program", "Law"];
    private static readonly string[] s_types = ["FUNDS", "OVERSEES"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "esg-bulk-" + Guid.NewGuid().ToString("N"));

    public BulkImportTests() => Directory.CreateDirectory(Files);

    private string Files => Path.Combine(_root, "import");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private EmbeddedGraphDatabase Open(string name = "db") =>
        EmbeddedGraphDatabase.Open(
            Path.Combine(_root, name),
            new EmbeddedOptions { ImportDirectory = Files, SyncCommits = false }
        );

    private void Write(string name, string text) =>
        File.WriteAllText(Path.Combine(Files, name), text, new UTF8Encoding(false));

    /// <summary>A seeded graph with quoted fields, commas, Japanese text, empty (null) fields and every column type.</summary>
    private void WriteGraph(int nodes = 300, int edges = 1200)
    {
        var random = new Random(7);
        var sb = new StringBuilder("id,label,name,score,active\n");
        for (var i = 0; i < nodes; i++)
        {
            var name = (i % 7) switch
            {
                0 => "\"経済安全保障, 推進 " + i.ToString(CultureInfo.InvariantCulture) + "\"",
                1 => "\"said \"\"chip\"\" " + i.ToString(CultureInfo.InvariantCulture) + "\"",
                2 => "", // null: no name property
                4 => "同名", // equal keys in the indexes
                _ => "Program " + i.ToString(CultureInfo.InvariantCulture) + " 半導体",
            };
            var score = i % 5 == 0 ? "" : (i * 0.5).ToString(CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"{i * 3},{s_labels[i % 3]},{name},{score},{i % 2 == 0}\n");
        }
        Write("nodes.csv", sb.ToString());
        sb.Clear().Append("src,dst,type,weight\n");
        for (var i = 0; i < edges; i++)
        {
            var weight = i % 4 == 0 ? "" : random.Next(100).ToString(CultureInfo.InvariantCulture);
            sb.Append(
                CultureInfo.InvariantCulture,
                $"{random.Next(nodes) * 3},{random.Next(nodes) * 3},{s_types[random.Next(2)]},{weight}\n"
            );
        }
        Write("edges.csv", sb.ToString());
    }

    private static async Task Schema(IGraphDatabase db)
    {
        await db.QueryAsync(new Query("CREATE CONSTRAINT node_id FOR (n:Node) REQUIRE n.id IS UNIQUE"));
        await db.QueryAsync(new Query("CREATE INDEX node_name FOR (n:Node) ON (n.name)"));
        await db.QueryAsync(new Query("CREATE TEXT INDEX program_name FOR (n:Program) ON (n.name)"));
        await db.QueryAsync(new Query("CREATE INDEX funds_weight FOR ()-[r:FUNDS]-() ON (r.weight)"));
        await db.QueryAsync(new Query("CREATE FULLTEXT INDEX names FOR (n:Node) ON EACH [n.name]"));
    }

    private static string LoadCsv() =>
        "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row "
        + "CREATE (n:Node {id: toInteger(row.id), name: row.name, score: toFloat(row.score), active: toBoolean(row.active)}) "
        + string.Concat(
            s_labels.Select(l => $"FOREACH (_ IN CASE WHEN row.label = '{l}' THEN [1] ELSE [] END | SET n:{l}) ")
        );

    private static string LoadEdges() =>
        "LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row "
        + "MATCH (a:Node {id: toInteger(row.src)}), (b:Node {id: toInteger(row.dst)}) "
        + string.Concat(
            s_types.Select(t =>
                $"FOREACH (_ IN CASE WHEN row.type = '{t}' THEN [1] ELSE [] END | CREATE (a)-[:{t} {{weight: toInteger(row.weight)}}]->(b)) "
            )
        );

    /// <summary>Everything a user can ask of the graph: entities, statistics-backed counts and every index.</summary>
    private static readonly string[] s_probes =
    [
        "MATCH (n) WITH n ORDER BY n.id RETURN collect([n.id, labels(n), properties(n)])",
        "MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, b.id, type(r), r.weight RETURN collect([a.id, type(r), b.id, properties(r)])",
        "MATCH (n:Node) RETURN count(n)",
        "MATCH (n:Program) RETURN count(n)",
        "MATCH ()-[r]->() RETURN count(r)",
        "MATCH ()-[r:FUNDS]->() RETURN count(r)",
        "MATCH (:Agency)-[r:OVERSEES]->() RETURN count(r)",
        "MATCH ()-[r]->(:Law) RETURN count(r)",
        "MATCH (n:Node) WHERE n.name STARTS WITH 'Program 1' RETURN count(n)",
        "MATCH (n:Node) WHERE n.name CONTAINS '安全' RETURN count(n)",
        "MATCH (n:Program) WHERE n.name CONTAINS '半導体' RETURN count(n)",
        "MATCH (n:Node {id: 21}) RETURN n.name",
        "MATCH (n:Node {name: '同名'}) RETURN collect(n.id)",
        "MATCH (n:Program) WHERE n.name STARTS WITH '同' RETURN collect(n.id)",
        "MATCH (n:Node) WHERE n.id >= 300 AND n.id < 330 RETURN collect(n.id)",
        "MATCH ()-[r:FUNDS]->() WHERE r.weight = 42 RETURN count(r)",
        "CALL db.index.fulltext.queryNodes('names', '半導体') YIELD node RETURN count(node)",
        "CALL db.index.fulltext.queryNodes('names', 'chip') YIELD node RETURN count(node)",
        "MATCH (n:Node {id: 0})-[*1..2]-(m) RETURN count(DISTINCT m)",
        "CALL db.labels() YIELD label RETURN collect(label)",
        "CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType)",
    ];

    private static async Task<List<string>> Probe(IGraphDatabase db)
    {
        var answers = new List<string>();
        foreach (var q in s_probes)
        {
            answers.Add(q + " => " + await ScalarAsync(db, q));
        }
        return answers;
    }

    [Fact]
    public async Task Import_BuildsTheSameGraphAsLoadCsv_AndEveryIndexAnswersTheSame()
    {
        WriteGraph();
        await using var bulk = Open("bulk");
        await Schema(bulk);
        var imported = await ScalarAsync(bulk, Import);
        await using var rows = Open("rows");
        await Schema(rows);
        var (_, nodes) = await rows.QueryAsync(new Query(LoadCsv()));
        var (_, edges) = await rows.QueryAsync(new Query(LoadEdges()));
        Assert.Equal($"300 | 1200 | {nodes.Counters.PropertiesSet + edges.Counters.PropertiesSet}", imported);
        var expected = await Probe(rows);
        Assert.Equal(expected, await Probe(bulk));
        // the answers are not trivially empty
        Assert.Contains(
            expected,
            a =>
                a.StartsWith("MATCH (n:Node) RETURN count(n)", StringComparison.Ordinal)
                && a.EndsWith("=> 300", StringComparison.Ordinal)
        );
        Assert.Contains(
            expected,
            a =>
                a.StartsWith("MATCH (n:Node) WHERE n.name CONTAINS", StringComparison.Ordinal)
                && !a.EndsWith("=> 0", StringComparison.Ordinal)
        );
        Assert.Contains(
            expected,
            a =>
                a.StartsWith("CALL db.index.fulltext.queryNodes('names', 'chip')", StringComparison.Ordinal)
                && !a.EndsWith("=> 0", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task Import_SummaryCounters_AndPlansUseTheIndexes()
    {
        WriteGraph(30, 60);
        await using var db = Open();
        await Schema(db);
        var summary = await SummaryAsync(db, Import);
        Assert.Equal(30, summary.Counters.NodesCreated);
        Assert.Equal(60, summary.Counters.RelationshipsCreated);
        Assert.Equal(60, summary.Counters.LabelsAdded); // Node + one category label each
        var (_, explain) = await db.QueryAsync(new Query("EXPLAIN MATCH (n:Node {id: 9}) RETURN n.id"));
        Assert.Contains("IndexSeek", Operators(explain.Plan), StringComparison.Ordinal);
    }

    private static string Operators(PlanDescription? plan) =>
        plan is null ? string.Empty : plan.OperatorType + " " + string.Concat(plan.Children.Select(Operators));

    [Fact]
    public async Task Import_ConstraintIsEnforcedRightAfter_AndWritesWorkInTheNextTransaction()
    {
        WriteGraph(30, 60);
        await using var db = Open();
        await Schema(db);
        await db.QueryAsync(new Query(Import));
        var e = await Assert.ThrowsAsync<ConstraintViolationException>(() =>
            db.QueryAsync(new Query("CREATE (:Node {id: 9})"))
        );
        Assert.Contains("`id` = 9", e.Message, StringComparison.Ordinal);
        await db.QueryAsync(
            new Query(
                "MATCH (a:Node {id: 0}) CREATE (a)-[:FUNDS {weight: 1000}]->(:Node {id: 1000, name: 'Program new'})"
            )
        );
        Assert.Equal(
            "1",
            await ScalarAsync(db, "MATCH (n:Node) WHERE n.name STARTS WITH 'Program new' RETURN count(n)")
        );
        Assert.Equal("1", await ScalarAsync(db, "MATCH ()-[r:FUNDS]->() WHERE r.weight = 1000 RETURN count(r)"));
        Assert.Equal("31", await ScalarAsync(db, "MATCH (n:Node) RETURN count(n)"));
    }

    [Fact]
    public async Task Import_IsDurable_AcrossCloseAndReopen()
    {
        WriteGraph(120, 400);
        List<string> before;
        await using (var db = Open())
        {
            await Schema(db);
            await db.QueryAsync(new Query(Import));
            before = await Probe(db);
        }
        await using (var reopened = Open())
        {
            Assert.Equal(before, await Probe(reopened));
        }
    }

    public static TheoryData<string, string, string, string> Failures =>
        new()
        {
            // file, content, import call, expected fragments (|-separated)
            {
                "nodes.csv",
                "id,label,name\n1,Agency,a\nx2,Agency,b\n",
                "CALL db.import.csv([{fileName: 'file:///nodes.csv', idColumn: 'id'}], [], {idType: 'INTEGER'})",
                "file:///nodes.csv|line 3|'x2'|INTEGER"
            },
            {
                "nodes.csv",
                "id,label,name\n1,Agency,a\n",
                "CALL db.import.csv([{fileName: 'file:///nodes.csv', idColumn: 'key'}])",
                "file:///nodes.csv|line 1|no column 'key'|'id', 'label', 'name'"
            },
            {
                "nodes.csv",
                "id,label,name\n1,Agency,a\n2,Law,b\n\n1,Program,c\n",
                "CALL db.import.csv([{fileName: 'file:///nodes.csv', idColumn: 'id'}])",
                "file:///nodes.csv|line 5|'1'|already used at file:///nodes.csv line 2"
            },
            {
                "nodes.csv",
                "id,label,name\n1,Agency,a\n2,Law,b\n",
                "CALL db.import.csv([{fileName: 'file:///nodes.csv', idColumn: 'id'}], [{fileName: 'file:///nodes.csv', startColumn: 'id', endColumn: 'name', type: 'T'}])",
                "file:///nodes.csv|line 2|end node id 'a'|not the id of any node"
            },
            // integer ids resolve through an array when dense, a hash map when sparse: a missing id fails both
            {
                "nodes.csv",
                "id,to\n1,2\n2,3\n4,1\n",
                "CALL db.import.csv([{fileName: 'file:///nodes.csv', idColumn: 'id'}], [{fileName: 'file:///nodes.csv', startColumn: 'id', endColumn: 'to', type: 'T'}], {idType: 'INTEGER'})",
                "file:///nodes.csv|line 3|end node id '3'|not the id of any node"
            },
            {
                "nodes.csv",
                "id,to\n1,2\n2,0\n",
                "CALL db.import.csv([{fileName: 'file:///nodes.csv', idColumn: 'id'}], [{fileName: 'file:///nodes.csv', startColumn: 'id', endColumn: 'to', type: 'T'}], {idType: 'INTEGER'})",
                "file:///nodes.csv|line 3|end node id '0'|not the id of any node"
            },
            {
                "nodes.csv",
                "id,to\n1,2\n2,9223372036854775807\n",
                "CALL db.import.csv([{fileName: 'file:///nodes.csv', idColumn: 'id'}], [{fileName: 'file:///nodes.csv', startColumn: 'id', endColumn: 'to', type: 'T'}], {idType: 'INTEGER'})",
                "file:///nodes.csv|line 3|end node id '9223372036854775807'|not the id of any node"
            },
            {
                "nodes.csv",
                "id,to\n-9223372036854775808,9223372036854775807\n9223372036854775807,5\n",
                "CALL db.import.csv([{fileName: 'file:///nodes.csv', idColumn: 'id'}], [{fileName: 'file:///nodes.csv', startColumn: 'id', endColumn: 'to', type: 'T'}], {idType: 'INTEGER'})",
                "file:///nodes.csv|line 3|end node id '5'|not the id of any node"
            },
            {
                "nodes.csv",
                "id,score\n1,\"2.5\"\n2,\"zwei\"\n",
                "CALL db.import.csv([{fileName: 'file:///nodes.csv', idColumn: 'id', properties: {score: 'FLOAT'}}])",
                "file:///nodes.csv|line 3|'zwei'|FLOAT"
            },
            {
                "nodes.csv",
                "id,name\n1,\"never closed\n2,b\n",
                "CALL db.import.csv([{fileName: 'file:///nodes.csv', idColumn: 'id'}])",
                "file:///nodes.csv|line 2|never closed"
            },
        };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Import_BadInput_FailsNamingFileAndLine_AndChangesNothing(
        string file,
        string content,
        string call,
        string expected
    )
    {
        Write(file, content);
        await using (var db = Open())
        {
            await db.QueryAsync(new Query("CREATE INDEX node_name FOR (n:Node) ON (n.name)"));
            // a failure in the node pass also stops the full-text build it was feeding
            await db.QueryAsync(new Query("CREATE FULLTEXT INDEX names FOR (n:Node) ON EACH [n.name]"));
            var e = await Assert.ThrowsAnyAsync<CypherException>(() => db.QueryAsync(new Query(call)));
            foreach (var fragment in expected.Split('|'))
            {
                Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
            }
            Assert.Contains("Nothing was imported", e.Message, StringComparison.Ordinal);
            await AssertUnchanged(db);
        }
        await using var reopened = Open();
        await AssertUnchanged(reopened);
    }

    private static async Task AssertUnchanged(IGraphDatabase db)
    {
        Assert.Equal("0", await ScalarAsync(db, "MATCH (n) RETURN count(n)"));
        Assert.Equal("0", await ScalarAsync(db, "MATCH ()-[r]->() RETURN count(r)"));
        // only the key the index named: the failed import's keys, labels and types are gone
        Assert.Equal(
            "['name']",
            await ScalarAsync(db, "CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey)")
        );
        Assert.Equal("0", await ScalarAsync(db, "CALL db.labels() YIELD label RETURN count(label)"));
        Assert.Equal(
            "['node_name']",
            await ScalarAsync(db, "SHOW INDEXES YIELD name, type WHERE type = 'RANGE' RETURN collect(name)")
        );
    }

    [Fact]
    public async Task Import_FailingInTheRelationships_WhileNodeFullTextIsBuilt_ChangesNothing()
    {
        // the node full-text index is built beside the relationship files: a bad relationship row must
        // still leave no nodes, no index entries and no checkpoint behind
        var sb = new StringBuilder("id,name\n");
        for (var i = 0; i < 5000; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{i},経済安全保障 program {i}\n");
        }
        Write("nodes.csv", sb.ToString());
        Write("edges.csv", "src,dst\n0,1\n1,2\n2,99999\n");
        await using (var db = Open())
        {
            await db.QueryAsync(new Query("CREATE FULLTEXT INDEX names FOR (n:Node) ON EACH [n.name]"));
            await db.QueryAsync(new Query("CREATE FULLTEXT INDEX rels FOR ()-[r:T]-() ON EACH [r.note]"));
            var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
                db.QueryAsync(
                    new Query(
                        "CALL db.import.csv([{fileName: 'file:///nodes.csv', label: 'Node', idColumn: 'id'}], "
                            + "[{fileName: 'file:///edges.csv', startColumn: 'src', endColumn: 'dst', type: 'T'}], {idType: 'INTEGER'})"
                    )
                )
            );
            Assert.Contains("at line 4: the end node id '99999'", e.Message, StringComparison.Ordinal);
            Assert.Equal("0", await ScalarAsync(db, "MATCH (n) RETURN count(n)"));
            Assert.Equal(
                "0",
                await ScalarAsync(
                    db,
                    "CALL db.index.fulltext.queryNodes('names', 'program') YIELD node RETURN count(node)"
                )
            );
        }
        await using var reopened = Open();
        Assert.Equal("0", await ScalarAsync(reopened, "MATCH (n) RETURN count(n)"));
        Assert.Equal(
            "0",
            await ScalarAsync(
                reopened,
                "CALL db.index.fulltext.queryNodes('names', 'program') YIELD node RETURN count(node)"
            )
        );
    }

    [Fact]
    public async Task Import_FillsNodeAndRelationshipFullTextIndexes()
    {
        Write("nodes.csv", "id,name\n1,半導体 export\n2,量子 research\n3,export control\n");
        Write("edges.csv", "src,dst,note\n1,2,funds 半導体\n2,3,\n3,1,export review\n");
        await using var db = Open();
        await db.QueryAsync(new Query("CREATE FULLTEXT INDEX names FOR (n:Node) ON EACH [n.name]"));
        await db.QueryAsync(new Query("CREATE FULLTEXT INDEX notes FOR ()-[r:T]-() ON EACH [r.note]"));
        await db.QueryAsync(
            new Query(
                "CALL db.import.csv([{fileName: 'file:///nodes.csv', label: 'Node', idColumn: 'id', idProperty: 'id'}], "
                    + "[{fileName: 'file:///edges.csv', startColumn: 'src', endColumn: 'dst', type: 'T'}], {idType: 'INTEGER'})"
            )
        );
        Assert.Equal(
            "[1, 3]",
            await ScalarAsync(
                db,
                "CALL db.index.fulltext.queryNodes('names', 'export') YIELD node WITH node ORDER BY node.id RETURN collect(node.id)"
            )
        );
        Assert.Equal(
            "['funds 半導体']",
            await ScalarAsync(
                db,
                "CALL db.index.fulltext.queryRelationships('notes', '半導体') YIELD relationship RETURN collect(relationship.note)"
            )
        );
    }

    [Theory]
    [InlineData(false)] // the node index entries are sorted on a thread of their own
    [InlineData(true)] // by the full-text thread, after its build
    public async Task Import_DuplicateUnderUniquenessConstraint_FailsNamingBothLines_AndChangesNothing(bool fullText)
    {
        Write("nodes.csv", "id,code\n1,A-1\n2,B-2\n3,A-1\n");
        await using (var db = Open())
        {
            await db.QueryAsync(new Query("CREATE CONSTRAINT code FOR (n:Part) REQUIRE n.code IS UNIQUE"));
            if (fullText)
            {
                await db.QueryAsync(new Query("CREATE FULLTEXT INDEX codes FOR (n:Part) ON EACH [n.code]"));
            }
            var e = await Assert.ThrowsAsync<ConstraintViolationException>(() =>
                db.QueryAsync(
                    new Query("CALL db.import.csv([{fileName: 'file:///nodes.csv', label: 'Part', idColumn: 'id'}])")
                )
            );
            Assert.Equal(Neo4jStatusCodes.ConstraintValidationFailed, e.Code);
            // the checkpoint prepared while the constraint was checked is gone too
            Assert.Empty(Directory.GetFiles(Path.Combine(_root, "db"), "*.tmp"));
            foreach (
                var fragment in new[]
                {
                    "`code` = 'A-1'",
                    "constraint `code`",
                    "file:///nodes.csv line 2",
                    "file:///nodes.csv line 4",
                }
            )
            {
                Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
            }
            Assert.Equal("0", await ScalarAsync(db, "MATCH (n) RETURN count(n)"));
        }
        await using var reopened = Open();
        Assert.Equal("0", await ScalarAsync(reopened, "MATCH (n) RETURN count(n)"));
        // the constraint is still there and the corrected file imports
        Write("nodes.csv", "id,code\n1,A-1\n2,B-2\n3,C-3\n");
        await reopened.QueryAsync(
            new Query("CALL db.import.csv([{fileName: 'file:///nodes.csv', label: 'Part', idColumn: 'id'}])")
        );
        Assert.Equal(
            "['A-1', 'B-2', 'C-3']",
            await ScalarAsync(reopened, "MATCH (n:Part) WITH n ORDER BY n.code RETURN collect(n.code)")
        );
    }

    [Theory]
    [InlineData("file:///missing.csv", "Couldn't load the external resource at: file:///missing.csv")]
    [InlineData("file:///../outside.csv", "points outside the import directory")]
    [InlineData("https://example.org/nodes.csv", "only file:/// URLs")]
    public async Task Import_UnreachableFile_FailsClearly_AndChangesNothing(string url, string expected)
    {
        File.WriteAllText(Path.Combine(_root, "outside.csv"), "id\n1\n");
        await using var db = Open();
        await db.QueryAsync(new Query("CREATE INDEX node_name FOR (n:Node) ON (n.name)"));
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(new Query($"CALL db.import.csv([{{fileName: '{url}', idColumn: 'id'}}])"))
        );
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        await AssertUnchanged(db);
    }

    [Fact]
    public async Task Import_InReadOnlySession_IsAccessModeError()
    {
        WriteGraph(10, 10);
        await using var db = Open();
        var e = await Assert.ThrowsAnyAsync<CypherException>(() =>
            db.QueryAsync(new Query(Import), TransactionConfig.ReadOnly)
        );
        Assert.Equal(Neo4jStatusCodes.AccessMode, e.Code);
        Assert.Equal("0", await ScalarAsync(db, "MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task Import_IntoNonEmptyStore_IsRefusedClearly()
    {
        WriteGraph(10, 10);
        await using var db = Open();
        await db.QueryAsync(new Query("CREATE (:Existing)"));
        var e = await Assert.ThrowsAnyAsync<CypherException>(() => db.QueryAsync(new Query(Import)));
        Assert.Contains("empty database only", e.Message, StringComparison.Ordinal);
        Assert.Contains("1 nodes", e.Message, StringComparison.Ordinal);
        Assert.Equal("1", await ScalarAsync(db, "MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task Import_AfterEverythingWasDeleted_Works()
    {
        WriteGraph(10, 10);
        await using var db = Open();
        await db.QueryAsync(new Query("CREATE (:Old)-[:X]->(:Old)"));
        await db.QueryAsync(new Query("MATCH (n) DETACH DELETE n"));
        Assert.StartsWith("10 | 10 | ", await ScalarAsync(db, Import), StringComparison.Ordinal);
        Assert.Equal("10", await ScalarAsync(db, "MATCH (n:Node) RETURN count(n)"));
        Assert.Equal("10", await ScalarAsync(db, "MATCH (:Node)-[r]->(:Node) RETURN count(r)"));
    }

    [Fact]
    public async Task Import_InExplicitTransaction_IsVisibleInside_RolledBackByRollback_AndMustBeTheOnlyWrite()
    {
        WriteGraph(20, 20);
        await using var db = Open();
        await using (var tx = await db.BeginTransactionAsync())
        {
            await Run(tx, Import);
            Assert.Equal("20", Single(await Run(tx, "MATCH (n:Node) RETURN count(n) AS c")));
            var e = await Assert.ThrowsAnyAsync<CypherException>(() => Run(tx, "CREATE (:Extra)"));
            Assert.Contains("only write", e.Message, StringComparison.Ordinal);
            await tx.RollbackAsync();
        }
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "db"), "*.tmp"));
        Assert.Equal("0", await ScalarAsync(db, "MATCH (n) RETURN count(n)"));
        await using (var tx = await db.BeginTransactionAsync())
        {
            await Run(tx, "CREATE (:First)");
            var e = await Assert.ThrowsAnyAsync<CypherException>(() => Run(tx, Import));
            Assert.Contains("only write of its transaction", e.Message, StringComparison.Ordinal);
        }
        await using (var tx = await db.BeginTransactionAsync())
        {
            await Run(tx, Import);
            await tx.CommitAsync();
        }
        Assert.Equal("20", await ScalarAsync(db, "MATCH (n:Node) RETURN count(n)"));
    }

    private static async Task<List<Graph.Database.Record>> Run(IGraphTransaction tx, string query) =>
        await (await tx.RunAsync(new Query(query))).ToListAsync();

    private static string Single(List<Graph.Database.Record> records) =>
        EconSecGraph.Graph.Values.CypherLiteral.Render(Assert.Single(records)[0]);

    /// <summary>
    /// The node full-text indexes are built from the text the node pass hands over (in batches, on another
    /// core): over several files, label subsets, several properties, a string id, a non-string column, empty and
    /// null fields and a text longer than a batch, they answer exactly — hits and scores — as the same indexes
    /// created after the import from the stored nodes.
    /// </summary>
    [Fact]
    public async Task Import_FullTextFedByTheNodePass_EqualsTheIndexesCreatedAfterwards()
    {
        var words = new[] { "半導体", "export", "量子", "Control", "経済安全保障", "research", "推進法", "chip" };
        var random = new Random(11);
        string Text(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)]));
        var agencies = new StringBuilder("code,label,name,note,year\n");
        for (var i = 0; i < 3000; i++)
        {
            var note = (i % 5) switch
            {
                0 => "",
                1 => "\"\"",
                _ => Text(random.Next(1, 4)),
            };
            var label = (i % 3) switch
            {
                0 => "Agency",
                1 => "Law",
                _ => "Other",
            };
            agencies.Append(
                CultureInfo.InvariantCulture,
                $"A{i},{label},\"{Text(random.Next(0, 6))}\",{note},{2000 + (i % 23)}\n"
            );
        }
        var items = new StringBuilder("code,name,year\n");
        for (var i = 0; i < 4000; i++)
        {
            var name = i == 1234 ? Text(9000) : Text(random.Next(1, 8)); // one text longer than a batch's buffer
            items.Append(CultureInfo.InvariantCulture, $"I{i},{name},{2000 + (i % 7)}\n");
        }
        Write("agencies.csv", agencies.ToString());
        Write("items.csv", items.ToString());
        Write("edges.csv", "src,dst\nA1,I1\n");
        const string import =
            "CALL db.import.csv(["
            + "{fileName: 'file:///agencies.csv', labelColumn: 'label', idColumn: 'code', properties: {name: 'STRING', note: 'STRING', year: 'INTEGER'}},"
            + "{fileName: 'file:///items.csv', label: 'Item', idColumn: 'code', properties: {name: 'STRING', year: 'INTEGER'}}"
            + "], [{fileName: 'file:///edges.csv', startColumn: 'src', endColumn: 'dst', type: 'T'}])";
        string[] indexes =
        [
            "CREATE FULLTEXT INDEX names FOR (n:Agency|Law) ON EACH [n.name, n.note]",
            "CREATE FULLTEXT INDEX codes FOR (n:Item) ON EACH [n.code, n.year, n.name]",
            "CREATE FULLTEXT INDEX cjk FOR (n:Item|Agency) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
        ];
        await using var fed = Open("fed");
        foreach (var index in indexes)
        {
            await fed.QueryAsync(new Query(index));
        }
        await fed.QueryAsync(new Query(import));
        await using var after = Open("after");
        await after.QueryAsync(new Query(import));
        foreach (var index in indexes)
        {
            await after.QueryAsync(new Query(index));
        }
        var checks = 0;
        foreach (
            var (index, term) in new[]
            {
                ("names", "半導体"),
                ("names", "export"),
                ("names", "control OR research"),
                ("names", "note:chip"),
                ("codes", "i1234"),
                ("codes", "i12*"),
                ("codes", "2003"),
                ("codes", "量子"),
                ("codes", "chip"),
                ("cjk", "安全"),
                ("cjk", "半導体 export"),
                ("cjk", "推進"),
            }
        )
        {
            var query =
                $"CALL db.index.fulltext.queryNodes('{index}', '{term}') YIELD node, score "
                + "WITH node.code AS code, score ORDER BY score DESC, code RETURN count(code), collect([code, score])";
            var expected = await ScalarAsync(after, query);
            Assert.Equal(expected, await ScalarAsync(fed, query));
            checks += expected.StartsWith("0 |", StringComparison.Ordinal) ? 0 : 1;
        }
        Assert.True(checks >= 10, "most terms should find something: " + checks);
    }

    [Fact]
    public async Task Import_StringIds_SeveralFiles_FixedTypes_AndDefaultProperties()
    {
        Write("agencies.csv", "code;name\nMETI;経済産業省\nCAO;\"内閣府; 本府\"\n");
        Write("laws.tsv", "code\ttitle\tyear\nESPA\t経済安全保障推進法\t2022\n");
        Write("rel.csv", "from,to,since\nMETI,ESPA,2022\nCAO,ESPA,\n");
        await using var db = Open();
        var row = await ScalarAsync(
            db,
            "CALL db.import.csv(["
                + "{fileName: 'file:///agencies.csv', labels: ['Agency', 'Org'], idColumn: 'code', delimiter: ';'},"
                + "{fileName: 'file:///laws.tsv', label: 'Law', idColumn: 'code', idProperty: null, delimiter: '\\t', properties: {title: 'STRING', year: 'INTEGER'}}"
                + "], [{fileName: 'file:///rel.csv', type: 'ADMINISTERS', startColumn: 'from', endColumn: 'to'}]) "
                + "YIELD nodes, relationships, files RETURN nodes, relationships, files"
        );
        Assert.Equal("3 | 2 | 3", row);
        Assert.Equal(
            "[[['Agency', 'Org'], {code: 'CAO', name: '内閣府; 本府'}], [['Agency', 'Org'], {code: 'METI', name: '経済産業省'}], [['Law'], {title: '経済安全保障推進法', year: 2022}]]",
            await ScalarAsync(
                db,
                "MATCH (n) WITH n ORDER BY n.code, n.title RETURN collect([labels(n), properties(n)])"
            )
        );
        Assert.Equal(
            "[['CAO', null], ['METI', '2022']]",
            await ScalarAsync(
                db,
                "MATCH (a)-[r:ADMINISTERS]->(:Law {year: 2022}) WITH a, r ORDER BY a.code RETURN collect([a.code, r.since])"
            )
        );
    }

    [Theory]
    [InlineData("1,2,3,2", "line 3", "line 5")] // a repeat of an id of the run (the run is in the map by then)
    [InlineData("7,8,9,7", "line 2", "line 5")]
    public async Task Import_RepeatedIntegerId_AfterARunOfIds_IsNamedWithBothLines(
        string idList,
        string first,
        string second
    )
    {
        Write("nodes.csv", "id\n" + string.Join('\n', idList.Split(',')) + "\n");
        await using var db = Open();
        var e = await Assert.ThrowsAsync<CypherException>(() =>
            db.QueryAsync(
                new Query(
                    "CALL db.import.csv([{fileName: 'file:///nodes.csv', label: 'N', idColumn: 'id'}], [], {idType: 'INTEGER'})"
                )
            )
        );
        Assert.Contains(first, e.Message, StringComparison.Ordinal);
        Assert.Contains(second, e.Message, StringComparison.Ordinal);
        Assert.Equal("0", await ScalarAsync(db, "MATCH (n) RETURN count(n)"));
    }

    /// <summary>A relationship end that is no node's id is refused, also where a run of ids would reach it by wrapping.</summary>
    [Theory]
    [InlineData("9223372036854775806,9223372036854775807", "-9223372036854775808")]
    [InlineData("0,1,2", "3")]
    [InlineData("0,1,2", "-1")]
    public async Task Import_EndOutsideARunOfIds_IsRefused(string idList, string missing)
    {
        Write("nodes.csv", "id\n" + string.Join('\n', idList.Split(',')) + "\n");
        Write("edges.csv", "src,dst\n" + idList.Split(',')[0] + "," + missing + "\n");
        await using var db = Open();
        var e = await Assert.ThrowsAsync<CypherException>(() =>
            db.QueryAsync(
                new Query(
                    "CALL db.import.csv([{fileName: 'file:///nodes.csv', label: 'N', idColumn: 'id'}], "
                        + "[{fileName: 'file:///edges.csv', startColumn: 'src', endColumn: 'dst', type: 'NEXT'}], {idType: 'INTEGER'})"
                )
            )
        );
        Assert.Contains("'" + missing + "'", e.Message, StringComparison.Ordinal);
        Assert.Contains("is not the id of any node", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0,1,2,3,4,5")] // dense: resolved through an array
    [InlineData("-9223372036854775808,-5,7,4000000000000,9223372036854775807,12")] // sparse: through the hash map
    [InlineData("-2,-1,0,1,2")] // one run of consecutive ids: no map at all
    [InlineData("9223372036854775805,9223372036854775806,9223372036854775807")] // a run that ends at the largest id
    [InlineData("1,2,3,10,4,5")] // a run, then out of step: the run moves into the map
    [InlineData("5,6,7,-9223372036854775808")] // out of step where the difference would wrap
    public async Task Import_IntegerIds_DenseOrSparse_ConnectTheRightNodes(string idList)
    {
        var ids = idList.Split(',');
        var nodes = new StringBuilder("id\n");
        var edges = new StringBuilder("src,dst\n");
        for (var i = 0; i < ids.Length; i++)
        {
            nodes.Append(ids[i]).Append('\n');
            edges.Append(ids[i]).Append(',').Append(ids[(i + 1) % ids.Length]).Append('\n');
        }
        Write("nodes.csv", nodes.ToString());
        Write("edges.csv", edges.ToString());
        await using var db = Open();
        await db.QueryAsync(
            new Query(
                "CALL db.import.csv([{fileName: 'file:///nodes.csv', label: 'N', idColumn: 'id'}], "
                    + "[{fileName: 'file:///edges.csv', startColumn: 'src', endColumn: 'dst', type: 'NEXT'}], {idType: 'INTEGER'})"
            )
        );
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.Equal(
                ids[(i + 1) % ids.Length],
                await ScalarAsync(db, "MATCH (:N {id: " + ids[i] + "})-[:NEXT]->(m) RETURN m.id")
            );
        }
    }
}
