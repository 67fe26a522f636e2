using EconSecGraph.Graph.Values;
using EconSecGraph.Seed.Model;

namespace EconSecGraph.Seed.Loading;

/// <summary>
/// The statements that bring a database to the seed, in order: the uniqueness constraint and the CJK full-text index,
/// then nodes per label and relationships per type in batches (MERGE on ids, SET only when the content hash changed),
/// then optionally the pruning of seed-owned data that is no longer in the files.
/// </summary>
public static class SeedPlan
{
    public const string ConstraintName = "entity_id";
    public const string FullTextIndexName = "entity_search";
    public const string RowsParameter = "rows";
    public const string IdsParameter = "ids";

    /// <summary>Properties the full-text index covers: Japanese name, English name, aliases.</summary>
    public static readonly IReadOnlyList<string> FullTextProperties = ["name", "nameEn", "aliases"];

    public static IReadOnlyList<SeedStatement> Build(SeedGraph graph, int batchSize = 200, bool prune = true)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var common = graph.Schema.CommonLabel;
        var statements = new List<SeedStatement>
        {
            new(SeedStatementKind.Schema, $"uniqueness of :{common}(id)", ConstraintText(common), null, null, 0),
            new(
                SeedStatementKind.Schema,
                $"full-text index {FullTextIndexName} (cjk)",
                FullTextIndexText(common),
                null,
                null,
                0
            ),
        };
        var labels = graph.Schema.Labels.Keys.Order(StringComparer.Ordinal).ToList();
        foreach (
            var group in graph
                .Nodes.GroupBy(n => n.Label, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
        )
        {
            var others = labels.Where(l => !string.Equals(l, group.Key, StringComparison.Ordinal)).ToList();
            foreach (var batch in group.Chunk(batchSize))
            {
                statements.Add(
                    new SeedStatement(
                        SeedStatementKind.Nodes,
                        $":{group.Key} nodes",
                        MergeNodesText(common, group.Key, others),
                        RowsParameter,
                        new CypherList(batch.Select(SeedRows.NodeRow)),
                        batch.Length
                    )
                );
            }
        }
        foreach (
            var group in graph
                .Relationships.GroupBy(r => r.Type, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
        )
        {
            foreach (var batch in group.Chunk(batchSize))
            {
                statements.Add(
                    new SeedStatement(
                        SeedStatementKind.Relationships,
                        $":{group.Key} relationships",
                        MergeRelationshipsText(common, group.Key),
                        RowsParameter,
                        new CypherList(batch.Select(SeedRows.RelationshipRow)),
                        batch.Length
                    )
                );
            }
        }
        if (prune)
        {
            statements.Add(
                new SeedStatement(
                    SeedStatementKind.Prune,
                    "relationships no longer in the seed",
                    PruneRelationshipsText(),
                    IdsParameter,
                    new CypherList(graph.Relationships.Select(r => (CypherValue)new CypherString(r.Id))),
                    graph.Relationships.Count
                )
            );
            statements.Add(
                new SeedStatement(
                    SeedStatementKind.Prune,
                    "nodes no longer in the seed",
                    PruneNodesText(common),
                    IdsParameter,
                    new CypherList(graph.Nodes.Select(n => (CypherValue)new CypherString(n.Id))),
                    graph.Nodes.Count
                )
            );
        }
        return statements;
    }

    public static string ConstraintText(string common) =>
        $"CREATE CONSTRAINT {ConstraintName} IF NOT EXISTS FOR (n:{common}) REQUIRE n.id IS UNIQUE";

    public static string FullTextIndexText(string common) =>
        $"CREATE FULLTEXT INDEX {FullTextIndexName} IF NOT EXISTS FOR (n:{common}) ON EACH ["
        + string.Join(", ", FullTextProperties.Select(p => "n." + p))
        + "] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}";

    public static string MergeNodesText(string common, string label, IReadOnlyList<string> otherLabels) =>
        $"UNWIND ${RowsParameter} AS row\n"
        + $"MERGE (n:{common} {{id: row.id}})\n"
        + "WITH n, row WHERE n.seedHash IS NULL OR n.seedHash <> row.props.seedHash\n"
        + $"SET n = row.props, n:{label}"
        + (otherLabels.Count == 0 ? string.Empty : "\nREMOVE n:" + string.Join(":", otherLabels));

    public static string MergeRelationshipsText(string common, string type) =>
        $"UNWIND ${RowsParameter} AS row\n"
        + $"MATCH (a:{common} {{id: row.from}})\n"
        + $"MATCH (b:{common} {{id: row.to}})\n"
        + $"MERGE (a)-[r:{type} {{id: row.id}}]->(b)\n"
        + "WITH r, row WHERE r.seedHash IS NULL OR r.seedHash <> row.props.seedHash\n"
        + "SET r = row.props";

    public static string PruneRelationshipsText() =>
        $"MATCH ()-[r]->() WHERE r.seedHash IS NOT NULL AND NOT r.id IN ${IdsParameter}\nDELETE r";

    public static string PruneNodesText(string common) =>
        $"MATCH (n:{common}) WHERE n.seedHash IS NOT NULL AND NOT n.id IN ${IdsParameter}\nDETACH DELETE n";
}
