using EconSecGraph.Graph.Values;

namespace EconSecGraph.Contract.Tests.Cases;

/// <summary>
/// The app's own queries as contract cases (search, neighbours, paths). The web engineer adds each query the app
/// sends here, with a small graph and the exact rows; the suite then proves both engines answer it alike.
/// </summary>
public static class AppQueryCases
{
    private static readonly Dictionary<string, CypherValue> s_none = [];

    private const string SmallGraph =
        "CREATE (m:$tag:Agency {name: 'METI'})-[:FUNDS {amount: 100}]->(p:$tag:Program {name: 'K Program'}), "
        + "(p)-[:GOVERNED_BY]->(:$tag:Law {name: 'Economic Security Promotion Act'})";

    public static IEnumerable<ContractCase> All =>
        [
            new(
                "neighbours of a node, ordered",
                SmallGraph,
                "MATCH (:$tag {name: 'K Program'})--(n:$tag) RETURN n.name AS name ORDER BY name",
                s_none,
                ["name"],
                [
                    ["Economic Security Promotion Act"],
                    ["METI"],
                ]
            ),
            new(
                "search by name prefix, case-insensitive",
                SmallGraph,
                "MATCH (n:$tag) WHERE toLower(n.name) STARTS WITH toLower($q) RETURN n.name AS name",
                new Dictionary<string, CypherValue> { ["q"] = "k pro" },
                ["name"],
                [
                    ["K Program"],
                ]
            ),
            new(
                "shortest path length between two nodes",
                SmallGraph,
                "MATCH (a:$tag {name: 'METI'}), (b:$tag {name: 'Economic Security Promotion Act'}) "
                    + "MATCH p = shortestPath((a)-[*..5]-(b)) RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS names",
                s_none,
                ["hops", "names"],
                [
                    [2L, CypherList.Wrap(["METI", "K Program", "Economic Security Promotion Act"])],
                ]
            ),
            new(
                "relationship types and properties",
                SmallGraph,
                "MATCH (:$tag)-[r]->(:$tag) RETURN type(r) AS type, r.amount AS amount ORDER BY type",
                s_none,
                ["type", "amount"],
                [
                    ["FUNDS", 100L],
                    ["GOVERNED_BY", CypherNull.Instance],
                ]
            ),
            new(
                "node with its degree by type and direction (neighbours, node details)",
                SmallGraph,
                "MATCH (n:$tag {name: 'K Program'})\nOPTIONAL MATCH (n)-[r]-()\n"
                    + "WITH n, type(r) AS type, startNode(r) = n AS outgoing, count(r) AS count ORDER BY type\n"
                    + "RETURN n.name AS name, collect({type: type, outgoing: outgoing, count: count}) AS degree",
                s_none,
                ["name", "degree"],
                [
                    ["K Program", CypherList.Wrap([Degree("FUNDS", false, 1), Degree("GOVERNED_BY", true, 1)])],
                ]
            ),
            new(
                "node without relationships: one degree group with a null type",
                "CREATE (:$tag {name: 'Alone'})",
                "MATCH (n:$tag {name: 'Alone'})\nOPTIONAL MATCH (n)-[r]-()\n"
                    + "WITH n, type(r) AS type, startNode(r) = n AS outgoing, count(r) AS count\n"
                    + "RETURN n.name AS name, collect({type: type, outgoing: outgoing, count: count}) AS degree",
                s_none,
                ["name", "degree"],
                [
                    ["Alone", CypherList.Wrap([Degree(CypherNull.Instance, CypherNull.Instance, 0)])],
                ]
            ),
            new(
                "which path ends exist (paths: 404 when no path was found)",
                SmallGraph,
                "OPTIONAL MATCH (a:$tag {name: 'METI'})\nOPTIONAL MATCH (b:$tag {name: 'Nobody'})\n"
                    + "RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound LIMIT 1",
                s_none,
                ["fromFound", "toFound"],
                [
                    [true, false],
                ]
            ),
        ];

    private static CypherMap Degree(CypherValue type, CypherValue outgoing, long count) =>
        new(
            new Dictionary<string, CypherValue>(StringComparer.Ordinal)
            {
                ["type"] = type,
                ["outgoing"] = outgoing,
                ["count"] = count,
            }
        );

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var c in All)
            {
                data.Add(c.Name);
            }
            return data;
        }
    }
}
