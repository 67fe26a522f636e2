using EconSecGraph.Bolt.Framing;
using EconSecGraph.Graph.Database;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Bolt.Messages;

/// <summary>
/// The final SUCCESS of a result ↔ <see cref="ResultSummary"/>: <c>type</c>, <c>stats</c> (kebab-case,
/// only non-zero, as Neo4j sends them), <c>bookmark</c>, <c>db</c>, <c>t_last</c>, <c>plan</c>/<c>profile</c>
/// and notifications.
/// </summary>
public static class SummaryMetadata
{
    private static readonly (string Key, Func<QueryCounters, long> Get)[] s_counters =
    [
        ("nodes-created", c => c.NodesCreated),
        ("nodes-deleted", c => c.NodesDeleted),
        ("relationships-created", c => c.RelationshipsCreated),
        ("relationships-deleted", c => c.RelationshipsDeleted),
        ("properties-set", c => c.PropertiesSet),
        ("labels-added", c => c.LabelsAdded),
        ("labels-removed", c => c.LabelsRemoved),
        ("indexes-added", c => c.IndexesAdded),
        ("indexes-removed", c => c.IndexesRemoved),
        ("constraints-added", c => c.ConstraintsAdded),
        ("constraints-removed", c => c.ConstraintsRemoved),
        ("system-updates", c => c.SystemUpdates),
    ];

    public static CypherMap Build(ResultSummary summary, string database, bool autoCommit, BoltVersion version)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var entries = new Dictionary<string, CypherValue>(StringComparer.Ordinal)
        {
            ["type"] = TypeCode(summary.QueryType),
            ["t_last"] = (long)(summary.ResultConsumedAfter ?? TimeSpan.Zero).TotalMilliseconds,
            ["db"] = summary.Database ?? database,
        };
        if (autoCommit && summary.Bookmark is { } bookmark)
        {
            entries["bookmark"] = bookmark;
        }
        var counters = summary.Counters;
        if (counters.ContainsUpdates || counters.ContainsSystemUpdates)
        {
            var stats = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
            foreach (var (key, get) in s_counters)
            {
                if (get(counters) is var value and not 0)
                {
                    stats[key] = value;
                }
            }
            if (counters.ContainsUpdates)
            {
                stats["contains-updates"] = true;
            }
            if (counters.ContainsSystemUpdates)
            {
                stats["contains-system-updates"] = true;
            }
            entries["stats"] = CypherMap.Wrap(stats);
        }
        if (summary.Plan is { } plan)
        {
            entries[summary.IsProfile ? "profile" : "plan"] = Plan(plan, summary.IsProfile);
        }
        // Neo4j 5.26 sends GQL 'statuses' from 5.6; drivers still read 'notifications' (JS derives the statuses)
        if (summary.Notifications.Count > 0)
        {
            entries["notifications"] = CypherList.Wrap([.. summary.Notifications.Select(Notification)]);
        }
        return CypherMap.Wrap(entries);
    }

    public static ResultSummary Parse(CypherMap metadata, Query query, ServerInfo? server, TimeSpan? availableAfter)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var stats = metadata.GetOrNull("stats") as CypherMap ?? CypherMap.Empty;
        long Stat(string key) => stats.GetOrNull(key) is CypherInteger i ? i.Value : 0;
        var planMap = metadata.GetOrNull("profile") as CypherMap ?? metadata.GetOrNull("plan") as CypherMap;
        var notifications = new List<Notification>();
        if (metadata.GetOrNull("notifications") is CypherList list)
        {
            notifications.AddRange(list.OfType<CypherMap>().Select(ParseNotification));
        }
        else if (metadata.GetOrNull("statuses") is CypherList statuses)
        {
            notifications.AddRange(
                statuses
                    .OfType<CypherMap>()
                    .Where(s => s.GetOrNull("neo4j_code") is CypherString)
                    .Select(ParseNotification)
            );
        }
        return new ResultSummary
        {
            Query = query,
            QueryType = (metadata.GetOrNull("type") as CypherString)?.Value switch
            {
                "w" => QueryType.WriteOnly,
                "rw" => QueryType.ReadWrite,
                "s" => QueryType.SchemaWrite,
                _ => QueryType.ReadOnly,
            },
            Counters = new QueryCounters
            {
                NodesCreated = Stat("nodes-created"),
                NodesDeleted = Stat("nodes-deleted"),
                RelationshipsCreated = Stat("relationships-created"),
                RelationshipsDeleted = Stat("relationships-deleted"),
                PropertiesSet = Stat("properties-set"),
                LabelsAdded = Stat("labels-added"),
                LabelsRemoved = Stat("labels-removed"),
                IndexesAdded = Stat("indexes-added"),
                IndexesRemoved = Stat("indexes-removed"),
                ConstraintsAdded = Stat("constraints-added"),
                ConstraintsRemoved = Stat("constraints-removed"),
                SystemUpdates = Stat("system-updates"),
            },
            Plan = planMap is null ? null : ParsePlan(planMap),
            IsProfile = metadata.ContainsKey("profile"),
            Notifications = notifications,
            ResultAvailableAfter = availableAfter,
            ResultConsumedAfter = metadata.GetOrNull("t_last") is CypherInteger t
                ? TimeSpan.FromMilliseconds(t.Value)
                : null,
            Database = (metadata.GetOrNull("db") as CypherString)?.Value,
            Bookmark = (metadata.GetOrNull("bookmark") as CypherString)?.Value,
            Server = server,
        };
    }

    public static string TypeCode(QueryType type) =>
        type switch
        {
            QueryType.WriteOnly => "w",
            QueryType.ReadWrite => "rw",
            QueryType.SchemaWrite => "s",
            _ => "r",
        };

    private static CypherMap Plan(PlanDescription plan, bool profile)
    {
        var entries = new Dictionary<string, CypherValue>(StringComparer.Ordinal)
        {
            ["operatorType"] = plan.OperatorType,
            ["args"] = new CypherMap(plan.Arguments),
            ["identifiers"] = MessageFields.Strings(plan.Identifiers),
            ["children"] = CypherList.Wrap([.. plan.Children.Select(c => (CypherValue)Plan(c, profile))]),
        };
        if (profile)
        {
            entries["rows"] = plan.Rows ?? 0;
            entries["dbHits"] = plan.DbHits ?? 0;
            if (plan.TimeMs is { } ms)
            {
                entries["time"] = (long)(ms * 1_000_000); // nanoseconds, as Neo4j reports
            }
        }
        return CypherMap.Wrap(entries);
    }

    private static PlanDescription ParsePlan(CypherMap map) =>
        new(
            (map.GetOrNull("operatorType") as CypherString)?.Value ?? "Unknown",
            map.GetOrNull("args") as CypherMap ?? CypherMap.Empty,
            [
                .. (map.GetOrNull("identifiers") as CypherList ?? CypherList.Empty)
                    .OfType<CypherString>()
                    .Select(s => s.Value),
            ],
            [.. (map.GetOrNull("children") as CypherList ?? CypherList.Empty).OfType<CypherMap>().Select(ParsePlan)]
        )
        {
            Rows = (map.GetOrNull("rows") as CypherInteger)?.Value,
            DbHits = (map.GetOrNull("dbHits") as CypherInteger)?.Value,
            TimeMs = map.GetOrNull("time") is CypherInteger ns ? ns.Value / 1_000_000.0 : null,
        };

    private static CypherMap Notification(Notification n)
    {
        CypherValue? position = n.Position is { } p
            ? MessageFields.Map(("offset", p.Offset), ("line", p.Line), ("column", p.Column))
            : null;
        return MessageFields.Map(
            ("code", n.Code),
            ("title", n.Title),
            ("description", n.Description),
            ("severity", n.Severity),
            ("position", position)
        );
    }

    private static Notification ParseNotification(CypherMap map)
    {
        string Text(string key) => (map.GetOrNull(key) as CypherString)?.Value ?? string.Empty;
        SourcePosition? position = null;
        var positionMap =
            map.GetOrNull("position") as CypherMap
            ?? (map.GetOrNull("diagnostic_record") as CypherMap)?.GetOrNull("_position") as CypherMap;
        if (
            positionMap?.GetOrNull("offset") is CypherInteger o
            && positionMap.GetOrNull("line") is CypherInteger l
            && positionMap.GetOrNull("column") is CypherInteger c
        )
        {
            position = new SourcePosition((int)o.Value, (int)l.Value, (int)c.Value);
        }
        var code = Text("code");
        return new Notification(
            code.Length > 0 ? code : Text("neo4j_code"),
            Text("title"),
            Text("description"),
            Text("severity") is { Length: > 0 } s
                ? s
                : ((map.GetOrNull("diagnostic_record") as CypherMap)?.GetOrNull("_severity") as CypherString)?.Value
                    ?? "INFORMATION",
            position
        )
        {
            GqlStatus = map.GetOrNull("gql_status") is CypherString g ? g.Value : null,
        };
    }
}
