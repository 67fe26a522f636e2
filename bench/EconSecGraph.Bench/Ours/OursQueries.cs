namespace EconSecGraph.Bench.Ours;

/// <summary>
/// The suite as Cypher for the embedded engine. Every node carries the label <c>Node</c> (the id space,
/// like Kuzu's single node table) plus its category label; relationships carry their type.
/// </summary>
public static class OursQueries
{
    public const string IdConstraint = "CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE";
    public const string NameIndex = "CREATE INDEX node_name IF NOT EXISTS FOR (n:Node) ON (n.name)";
    public const string FullTextIndex = "CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Node) ON EACH [n.name]";

    public const string Hop1Count = "MATCH (n:Node {id: $id})--(m) RETURN count(DISTINCT m) AS c";
    public const string Hop2Count = "MATCH (n:Node {id: $id})-[*1..2]-(m) WHERE m <> n RETURN count(DISTINCT m) AS c";
    public const string Hop1Rows = "MATCH (n:Node {id: $id})--(m) RETURN m.id AS id, m.name AS name";
    public const string NeighbourLabels =
        "MATCH (n:Node {id: $id})--(m) RETURN [l IN labels(m) WHERE l <> 'Node'][0] AS label, count(*) AS c ORDER BY label";
    public const string ShortestLength =
        "MATCH (a:Node {id: $a}), (b:Node {id: $b}) MATCH p = shortestPath((a)-[*..30]-(b)) RETURN length(p) AS len";
    public const string ShortestNodes =
        "MATCH (a:Node {id: $a}), (b:Node {id: $b}) MATCH p = shortestPath((a)-[*..30]-(b)) RETURN [x IN nodes(p) | x.id] AS ids";
    public const string AllShortestCount =
        "MATCH (a:Node {id: $a}), (b:Node {id: $b}) MATCH p = allShortestPaths((a)-[*..30]-(b)) RETURN count(p) AS c";
    public const string PrefixCount = "MATCH (n:Node) WHERE n.name STARTS WITH $s RETURN count(n) AS c";
    public const string PrefixLimit = "MATCH (n:Node) WHERE n.name STARTS WITH $s RETURN n.id AS id LIMIT 25";
    public const string ContainsCount = "MATCH (n:Node) WHERE n.name CONTAINS $s RETURN count(n) AS c";
    public const string ContainsLimit = "MATCH (n:Node) WHERE n.name CONTAINS $s RETURN n.id AS id LIMIT 25";
    public const string FullTextCount =
        "CALL db.index.fulltext.queryNodes('names', $s) YIELD node RETURN count(node) AS c";
    public const string TypeCounts = "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t";

    /// <summary>
    /// The bulk load: both files in one <c>db.import.csv</c> call (nodes get <c>Node</c> plus the label in the
    /// <c>label</c> column, ids compared as integers and stored in <c>id</c>; relationships typed by the
    /// <c>type</c> column). The constraint and indexes created before it are filled by the import.
    /// </summary>
    public const string BulkImport =
        "CALL db.import.csv("
        + "[{fileName: 'file:///nodes.csv', label: 'Node', labelColumn: 'label', idColumn: 'id', properties: {name: 'STRING'}}], "
        + "[{fileName: 'file:///edges.csv', startColumn: 'src', endColumn: 'dst', typeColumn: 'type', properties: {}}], "
        + "{idType: 'INTEGER'}) YIELD nodes, relationships RETURN nodes, relationships";

    /// <summary>Nodes: one pass over the file; the category label is set by the FOREACH/CASE idiom (labels cannot be parameters).</summary>
    public static string LoadNodes(IEnumerable<string> labels) =>
        "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row "
        + "CREATE (n:Node {id: toInteger(row.id), name: row.name}) "
        + string.Concat(
            labels.Select(l => $"FOREACH (_ IN CASE WHEN row.label = '{l}' THEN [1] ELSE [] END | SET n:{l}) ")
        );

    /// <summary>Relationships: endpoints found through the id constraint's index; the type chosen the same way.</summary>
    public static string LoadEdges(IEnumerable<string> types) =>
        "LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row "
        + "MATCH (a:Node {id: toInteger(row.src)}), (b:Node {id: toInteger(row.dst)}) "
        + string.Concat(
            types.Select(t =>
                $"FOREACH (_ IN CASE WHEN row.type = '{t}' THEN [1] ELSE [] END | CREATE (a)-[:{t}]->(b)) "
            )
        );

    /// <summary>The write mix: MERGE a node, then MERGE a relationship to an existing node; one auto-commit (fsync) each.</summary>
    public static string Write(string label, string type) =>
        $"MERGE (a:Node {{id: $id}}) ON CREATE SET a.name = $name, a:{label} "
        + $"WITH a MATCH (b:Node {{id: $other}}) MERGE (a)-[:{type}]->(b) RETURN a.id AS id";
}
