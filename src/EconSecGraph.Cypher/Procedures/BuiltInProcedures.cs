using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Procedures;

/// <summary>The procedures Neo4j tools and the app call: db.*, dbms.* and full-text search.</summary>
internal static class BuiltInProcedures
{
    private static ProcedureField F(string name, string type, CypherValue? def = null) => new(name, type, def);

    public static void RegisterAll(ProcedureRegistry registry)
    {
        ImportProcedures.Register(registry);
        registry.Register(
            new(
                "db.labels",
                [],
                [F("label", "STRING")],
                ProcedureMode.Read,
                "List all labels attached to nodes within a database.",
                c =>
                    c.Context.Graph.Labels()
                        .Where(l => c.Context.Graph.CountNodes(l) > 0)
                        .Order(StringComparer.Ordinal)
                        .Select(l => new CypherValue[] { new CypherString(l) })
            )
        );
        registry.Register(
            new(
                "db.relationshipTypes",
                [],
                [F("relationshipType", "STRING")],
                ProcedureMode.Read,
                "List all types attached to relationships within a database.",
                c =>
                    c.Context.Graph.RelationshipTypes()
                        .Where(t => c.Context.Graph.CountRelationships(c.Context.Graph.RelationshipTypeId(t)) > 0)
                        .Order(StringComparer.Ordinal)
                        .Select(t => new CypherValue[] { new CypherString(t) })
            )
        );
        registry.Register(
            new(
                "db.propertyKeys",
                [],
                [F("propertyKey", "STRING")],
                ProcedureMode.Read,
                "List all property keys in the database.",
                c =>
                    c.Context.Graph.PropertyKeys()
                        .Order(StringComparer.Ordinal)
                        .Select(k => new CypherValue[] { new CypherString(k) })
            )
        );
        registry.Register(
            new(
                "db.ping",
                [],
                [F("success", "BOOLEAN")],
                ProcedureMode.Read,
                "This procedure can be used by client side tooling to test whether they are correctly connected to a database.",
                _ =>
                    [
                        [CypherBoolean.True],
                    ]
            )
        );
        registry.Register(
            new(
                "db.awaitIndexes",
                [F("timeOutSeconds", "INTEGER", CypherInteger.Of(300))],
                [],
                ProcedureMode.Read,
                "Wait for all indexes to come online (indexes of the embedded engine are online when created).",
                _ => []
            )
        );
        registry.Register(
            new(
                "db.awaitIndex",
                [F("indexName", "STRING"), F("timeOutSeconds", "INTEGER", CypherInteger.Of(300))],
                [],
                ProcedureMode.Read,
                "Wait for an index to come online.",
                AwaitIndex
            )
        );
        registry.Register(
            new(
                "db.index.fulltext.listAvailableAnalyzers",
                [],
                [F("analyzer", "STRING"), F("description", "STRING"), F("stopwords", "LIST<STRING>")],
                ProcedureMode.Read,
                "List the available analyzers that the full-text indexes can be configured with.",
                _ => FullTextAnalyzers()
            )
        );
        registry.Register(
            new(
                "db.index.fulltext.queryNodes",
                [F("indexName", "STRING"), F("queryString", "STRING"), F("options", "MAP", CypherMap.Empty)],
                [F("node", "NODE"), F("score", "FLOAT")],
                ProcedureMode.Read,
                "Query the given full-text index. Returns the matching nodes, and their Lucene query score, ordered by score.",
                c => FullText(c, relationships: false)
            )
            {
                Count = c => FullTextCount(c, relationships: false),
            }
        );
        registry.Register(
            new(
                "db.index.fulltext.queryRelationships",
                [F("indexName", "STRING"), F("queryString", "STRING"), F("options", "MAP", CypherMap.Empty)],
                [F("relationship", "RELATIONSHIP"), F("score", "FLOAT")],
                ProcedureMode.Read,
                "Query the given full-text index. Returns the matching relationships, and their Lucene query score, ordered by score.",
                c => FullText(c, relationships: true)
            )
            {
                Count = c => FullTextCount(c, relationships: true),
            }
        );
        registry.Register(
            new(
                "db.schema.visualization",
                [],
                [F("nodes", "LIST<NODE>"), F("relationships", "LIST<RELATIONSHIP>")],
                ProcedureMode.Read,
                "Visualizes the schema of the data based on available statistics.",
                SchemaVisualization
            )
        );
        registry.Register(
            new(
                "db.schema.nodeTypeProperties",
                [],
                [
                    F("nodeType", "STRING"),
                    F("nodeLabels", "LIST<STRING>"),
                    F("propertyName", "STRING"),
                    F("propertyTypes", "LIST<STRING>"),
                    F("mandatory", "BOOLEAN"),
                ],
                ProcedureMode.Read,
                "Show the derived property schema of the nodes in tabular form.",
                NodeTypeProperties
            )
        );
        registry.Register(
            new(
                "dbms.components",
                [],
                [F("name", "STRING"), F("versions", "LIST<STRING>"), F("edition", "STRING")],
                ProcedureMode.Dbms,
                "List DBMS components and their versions.",
                _ =>
                    [
                        [
                            new CypherString("Neo4j Kernel"),
                            CypherList.Wrap([new CypherString("5.26.0")]),
                            new CypherString("community"),
                        ],
                        [
                            new CypherString("EconSecGraph"),
                            CypherList.Wrap([new CypherString(EmbeddedGraphDatabase.Agent.Split('/')[1])]),
                            new CypherString("embedded"),
                        ],
                    ]
            )
        );
        registry.Register(
            new(
                "dbms.procedures",
                [],
                [F("name", "STRING"), F("signature", "STRING"), F("description", "STRING"), F("mode", "STRING")],
                ProcedureMode.Dbms,
                "List all procedures in the DBMS.",
                c =>
                    c.Context.Procedures.All.Select(p =>
                        new CypherValue[]
                        {
                            new CypherString(p.Name),
                            new CypherString(p.Signature),
                            new CypherString(p.Description),
                            new CypherString(p.Mode.ToString().ToUpperInvariant()),
                        }
                    )
            )
        );
        registry.Register(
            new(
                "dbms.functions",
                [],
                [F("name", "STRING"), F("signature", "STRING"), F("description", "STRING"), F("category", "STRING")],
                ProcedureMode.Dbms,
                "List all functions in the DBMS.",
                c =>
                    FunctionCatalog
                        .All(c.Context.Services)
                        .Select(f =>
                            new CypherValue[]
                            {
                                new CypherString(f.Name),
                                new CypherString(f.Name + "(...)"),
                                new CypherString(f.Name),
                                new CypherString(f.Category),
                            }
                        )
            )
        );
        registry.Register(
            new(
                "db.info",
                [],
                [F("id", "STRING"), F("name", "STRING"), F("creationDate", "STRING")],
                ProcedureMode.Dbms,
                "Provides information regarding the database.",
                c =>
                    [
                        [
                            new CypherString("embedded"),
                            new CypherString(c.Context.Services.Options.DatabaseName),
                            new CypherString(string.Empty),
                        ],
                    ]
            )
        );
    }

    private static IEnumerable<CypherValue[]> AwaitIndex(ProcedureCall c)
    {
        var name = c.Arguments[0] is CypherString s ? s.Value : string.Empty;
        if (c.Context.Graph.Indexes().All(i => !string.Equals(i.Name, name, StringComparison.Ordinal)))
        {
            throw new CypherException(
                Neo4jStatusCodes.ProcedureCallFailed,
                "Failed to invoke procedure `db.awaitIndex`: there is no index called `" + name + "`."
            );
        }
        return [];
    }

    private static IEnumerable<CypherValue[]> FullTextAnalyzers() =>
        [
            [
                new CypherString("standard-no-stop-words"),
                new CypherString(
                    "The default analyzer: words split on Unicode word boundaries, lower-cased; no stop words."
                ),
                CypherList.Empty,
            ],
            [
                new CypherString("cjk"),
                new CypherString(
                    "CJK - Chinese/Japanese/Korean - analyzer. Terms are normalised and case-folded. Produces bi-grams."
                ),
                CypherList.Empty,
            ],
        ];

    private static (string Name, string Query, long Skip, long Limit) FullTextArguments(
        ProcedureCall c,
        bool relationships
    )
    {
        var graph = c.Context.Graph;
        var name = c.Arguments[0] is CypherString n
            ? n.Value
            : throw new CypherArgumentException("indexName must be a string.");
        var query = c.Arguments[1] is CypherString q
            ? q.Value
            : throw new CypherArgumentException("queryString must be a string.");
        long skip = 0;
        var limit = long.MaxValue;
        if (c.Arguments.Count > 2 && c.Arguments[2] is CypherMap options)
        {
            if (options.GetOrNull("skip") is CypherInteger s)
            {
                skip = s.Value;
            }
            if (options.GetOrNull("limit") is CypherInteger l)
            {
                limit = l.Value;
            }
        }
        var index = graph
            .Indexes()
            .FirstOrDefault(i =>
                string.Equals(i.Name, name, StringComparison.Ordinal)
                && string.Equals(i.Type, "FULLTEXT", StringComparison.Ordinal)
            );
        if (index is null || index.IsRelationship != relationships)
        {
            throw new CypherException(
                Neo4jStatusCodes.ProcedureCallFailed,
                "Failed to invoke procedure `db.index.fulltext.query"
                    + (relationships ? "Relationships" : "Nodes")
                    + "`: Caused by: java.lang.IllegalArgumentException: There is no such fulltext schema index: "
                    + name
            );
        }
        return (name, query, skip, limit);
    }

    private static long FullTextCount(ProcedureCall c, bool relationships)
    {
        var (name, query, skip, limit) = FullTextArguments(c, relationships);
        var total = c.Context.Graph.FullTextCount(name, query) ?? 0;
        return Math.Clamp(total - skip, 0, limit);
    }

    private static IEnumerable<CypherValue[]> FullText(ProcedureCall c, bool relationships)
    {
        var graph = c.Context.Graph;
        var (name, query, skip, limit) = FullTextArguments(c, relationships);
        var hits = graph.FullTextQuery(name, query) ?? [];
        foreach (
            var (id, score) in hits.Skip((int)Math.Min(skip, int.MaxValue)).Take((int)Math.Min(limit, int.MaxValue))
        )
        {
            CypherValue entity = relationships
                ? new EngineRelationship(graph.Relationship(id), graph)
                : new EngineNode(id, graph);
            yield return [entity, new CypherFloat(score)];
        }
    }

    private static IEnumerable<CypherValue[]> SchemaVisualization(ProcedureCall c)
    {
        var graph = c.Context.Graph;
        var labels = graph.Labels().Where(l => graph.CountNodes(l) > 0).Order(StringComparer.Ordinal).ToList();
        var nodes = new Dictionary<string, CypherNode>(StringComparer.Ordinal);
        long id = -1;
        foreach (var l in labels)
        {
            var props = new Dictionary<string, CypherValue>(StringComparer.Ordinal)
            {
                ["name"] = new CypherString(l),
                ["indexes"] = CypherList.Empty,
                ["constraints"] = CypherList.Empty,
            };
            nodes[l] = new CypherNode(
                id,
                "-" + (-id).ToString(System.Globalization.CultureInfo.InvariantCulture),
                [l],
                props
            );
            id--;
        }
        var seen = new HashSet<(string, string, string)>();
        var rels = new List<CypherValue>();
        foreach (var r in graph.AllRelationships())
        {
            c.Context.Tick();
            var type = graph.RelationshipTypeName(r.TypeId);
            foreach (var a in graph.NodeLabels(r.StartNodeId))
            {
                foreach (var b in graph.NodeLabels(r.EndNodeId))
                {
                    if (seen.Add((a, type, b)))
                    {
                        var n1 = nodes[a];
                        var n2 = nodes[b];
                        rels.Add(
                            new CypherRelationship(
                                id,
                                "-" + (-id).ToString(System.Globalization.CultureInfo.InvariantCulture),
                                n1.Id,
                                n1.ElementId,
                                n2.Id,
                                n2.ElementId,
                                type,
                                new Dictionary<string, CypherValue>(StringComparer.Ordinal)
                                {
                                    ["name"] = new CypherString(type),
                                }
                            )
                        );
                        id--;
                    }
                }
            }
        }
        return
        [
            [CypherList.Wrap([.. nodes.Values]), CypherList.Wrap([.. rels])],
        ];
    }

    private static IEnumerable<CypherValue[]> NodeTypeProperties(ProcedureCall c)
    {
        var graph = c.Context.Graph;
        var stats = new Dictionary<
            string,
            (List<string> Labels, long Count, Dictionary<string, (HashSet<string> Types, long Count)> Props)
        >(StringComparer.Ordinal);
        foreach (var n in graph.AllNodes())
        {
            c.Context.Tick();
            var labels = graph.NodeLabels(n).Order(StringComparer.Ordinal).ToList();
            var key = ":" + string.Join(":", labels.Select(l => "`" + l + "`"));
            if (!stats.TryGetValue(key, out var s))
            {
                s = (labels, 0, new(StringComparer.Ordinal));
            }
            s.Count++;
            foreach (var (k, v) in graph.NodeProperties(n))
            {
                var p = s.Props.TryGetValue(k, out var e) ? e : (new HashSet<string>(StringComparer.Ordinal), 0);
                p.Types.Add(TypeName(v));
                p.Count++;
                s.Props[k] = p;
            }
            stats[key] = s;
        }
        foreach (var (key, s) in stats.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var labels = CypherList.Wrap([.. s.Labels.Select(l => (CypherValue)new CypherString(l))]);
            if (s.Props.Count == 0)
            {
                yield return
                [
                    new CypherString(key),
                    labels,
                    CypherNull.Instance,
                    CypherNull.Instance,
                    CypherBoolean.False,
                ];
            }
            foreach (var (prop, p) in s.Props.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                yield return
                [
                    new CypherString(key),
                    labels,
                    new CypherString(prop),
                    CypherList.Wrap([
                        .. p.Types.Order(StringComparer.Ordinal).Select(t => (CypherValue)new CypherString(t)),
                    ]),
                    CypherBoolean.Of(p.Count == s.Count),
                ];
            }
        }
    }

    private static string TypeName(CypherValue v) =>
        v.Kind switch
        {
            CypherValueKind.String => "String",
            CypherValueKind.Integer => "Long",
            CypherValueKind.Float => "Double",
            CypherValueKind.Boolean => "Boolean",
            CypherValueKind.List => "StringArray",
            _ => v.Kind.ToString(),
        };
}
