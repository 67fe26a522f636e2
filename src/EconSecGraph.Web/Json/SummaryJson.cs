using EconSecGraph.Graph.Database;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Json;

/// <summary>JSON for result summaries: counters (non-zero ones), plans and notifications.</summary>
public static class SummaryJson
{
    public static JObject Counters(QueryCounters counters)
    {
        ArgumentNullException.ThrowIfNull(counters);
        var obj = new JObject();
        void Put(string name, long value)
        {
            if (value != 0)
            {
                obj[name] = value;
            }
        }
        Put("nodesCreated", counters.NodesCreated);
        Put("nodesDeleted", counters.NodesDeleted);
        Put("relationshipsCreated", counters.RelationshipsCreated);
        Put("relationshipsDeleted", counters.RelationshipsDeleted);
        Put("propertiesSet", counters.PropertiesSet);
        Put("labelsAdded", counters.LabelsAdded);
        Put("labelsRemoved", counters.LabelsRemoved);
        Put("indexesAdded", counters.IndexesAdded);
        Put("indexesRemoved", counters.IndexesRemoved);
        Put("constraintsAdded", counters.ConstraintsAdded);
        Put("constraintsRemoved", counters.ConstraintsRemoved);
        Put("systemUpdates", counters.SystemUpdates);
        return obj;
    }

    public static JObject Plan(PlanDescription plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var obj = new JObject
        {
            ["operatorType"] = plan.OperatorType,
            ["arguments"] = CypherJson.ToJson(plan.Arguments),
            ["identifiers"] = new JArray(plan.Identifiers),
        };
        if (plan.Rows is { } rows)
        {
            obj["rows"] = rows;
        }
        if (plan.DbHits is { } hits)
        {
            obj["dbHits"] = hits;
        }
        if (plan.TimeMs is { } ms)
        {
            obj["timeMs"] = ms;
        }
        obj["children"] = new JArray(plan.Children.Select(Plan));
        return obj;
    }

    public static JObject Notification(Notification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var obj = new JObject
        {
            ["code"] = notification.Code,
            ["title"] = notification.Title,
            ["description"] = notification.Description,
            ["severity"] = notification.Severity,
        };
        if (notification.Position is { } p)
        {
            obj["line"] = p.Line;
            obj["column"] = p.Column;
            obj["offset"] = p.Offset;
        }
        return obj;
    }

    public static string QueryType(QueryType type) =>
        type switch
        {
            Graph.Database.QueryType.ReadOnly => "r",
            Graph.Database.QueryType.WriteOnly => "w",
            Graph.Database.QueryType.ReadWrite => "rw",
            _ => "s",
        };
}
