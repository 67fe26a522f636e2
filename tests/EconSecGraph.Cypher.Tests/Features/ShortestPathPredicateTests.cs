using EconSecGraph.Graph.Database;
using static EconSecGraph.Cypher.Tests.Features.CypherRunner;

namespace EconSecGraph.Cypher.Tests.Features;

/// <summary>
/// shortestPath with WHERE predicates on the path: Neo4j applies them during the search, so the result is
/// the shortest path that satisfies them (not the unconstrained shortest path, filtered away).
/// Graph: a→b→c (since 2019) and a→x→y→c (since 2021..2023), plus a -[:J]-> c and a -[:L]-> b.
/// </summary>
public sealed class ShortestPathPredicateTests
{
    private static async Task<EmbeddedGraphDatabase> GraphAsync()
    {
        var db = EmbeddedGraphDatabase.CreateInMemory();
        await db.QueryAsync(
            new Query(
                "CREATE (a:P {n: 'a'})-[:K {since: 2019}]->(b:P {n: 'b'})-[:K {since: 2019}]->(c:P {n: 'c'}), "
                    + "(a)-[:K {since: 2021}]->(:P {n: 'x'})-[:K {since: 2022}]->(:P {n: 'y'})-[:K {since: 2023}]->(c), "
                    + "(a)-[:J]->(c), (a)-[:L]->(b)"
            )
        );
        return db;
    }

    private const string Ends = "MATCH (a:P {n: 'a'}), (c:P {n: 'c'}) ";

    [Fact]
    public async Task ShortestPath_AllRelationshipsPredicate_FindsShortestSatisfyingPath()
    {
        await using var db = await GraphAsync();
        Assert.Equal(
            ["['a', 'x', 'y', 'c']"],
            await RowsAsync(
                db,
                Ends
                    + "MATCH p = shortestPath((a)-[:K*..10]-(c)) WHERE all(r IN relationships(p) WHERE r.since > 2020) RETURN [n IN nodes(p) | n.n]"
            )
        );
    }

    [Fact]
    public async Task ShortestPath_WithoutPredicate_IsTheTwoHopPath()
    {
        await using var db = await GraphAsync();
        Assert.Equal(
            ["['a', 'b', 'c']"],
            await RowsAsync(db, Ends + "MATCH p = shortestPath((a)-[:K*..10]->(c)) RETURN [n IN nodes(p) | n.n]")
        );
    }

    [Fact]
    public async Task ShortestPath_NoneOfNodesPredicate_AvoidsTheNode()
    {
        await using var db = await GraphAsync();
        Assert.Equal(
            ["['a', 'x', 'y', 'c']"],
            await RowsAsync(
                db,
                Ends
                    + "MATCH p = shortestPath((a)-[:K*]->(c)) WHERE none(n IN nodes(p) WHERE n.n = 'b') RETURN [n IN nodes(p) | n.n]"
            )
        );
    }

    [Fact]
    public async Task ShortestPath_PredicateOnRelationshipListVariable_AppliesDuringSearch()
    {
        await using var db = await GraphAsync();
        Assert.Equal(
            ["['a', 'x', 'y', 'c']"],
            await RowsAsync(
                db,
                Ends
                    + "MATCH p = shortestPath((a)-[rs:K*]->(c)) WHERE all(r IN rs WHERE r.since <> 2019) RETURN [n IN nodes(p) | n.n]"
            )
        );
    }

    [Fact]
    public async Task ShortestPath_WholePathPredicate_FindsShortestPathSatisfyingIt()
    {
        await using var db = await GraphAsync();
        Assert.Equal(
            ["['a', 'x', 'y', 'c']"],
            await RowsAsync(
                db,
                Ends + "MATCH p = shortestPath((a)-[:K*]->(c)) WHERE length(p) > 2 RETURN [n IN nodes(p) | n.n]"
            )
        );
    }

    [Fact]
    public async Task ShortestPath_UnsatisfiablePredicate_ReturnsNoRow()
    {
        await using var db = await GraphAsync();
        Assert.Empty(
            await RowsAsync(
                db,
                Ends
                    + "MATCH p = shortestPath((a)-[:K*]->(c)) WHERE all(r IN relationships(p) WHERE r.since > 2030) RETURN p"
            )
        );
    }

    [Fact]
    public async Task ShortestPath_RelationshipPropertyMap_AppliesToEveryHopDuringSearch()
    {
        await using var db = await GraphAsync();
        Assert.Equal(
            ["['a', 'b', 'c']"],
            await RowsAsync(
                db,
                Ends + "MATCH p = shortestPath((a)-[:K* {since: 2019}]->(c)) RETURN [n IN nodes(p) | n.n]"
            )
        );
    }

    [Fact]
    public async Task AllShortestPaths_Predicate_ReturnsEveryShortestSatisfyingPath()
    {
        await using var db = await GraphAsync();
        // Without J, the shortest routes a→c are a-K->b-K->c and a-L->b-K->c.
        Assert.Equal(
            ["['K', 'K']", "['L', 'K']"],
            await RowsAsync(
                db,
                Ends
                    + "MATCH p = allShortestPaths((a)-[*]->(c)) WHERE none(r IN relationships(p) WHERE type(r) = 'J') RETURN [r IN relationships(p) | type(r)] AS t ORDER BY t"
            )
        );
    }

    [Fact]
    public async Task ShortestPath_OtherConjuncts_StillFilterRows()
    {
        await using var db = await GraphAsync();
        Assert.Empty(await RowsAsync(db, Ends + "MATCH p = shortestPath((a)-[:K*]->(c)) WHERE a.n = 'zzz' RETURN p"));
    }
}
