using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Cypher.Store;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>The write steps shared by CREATE, MERGE, SET, REMOVE and DELETE, with their counters.</summary>
internal static class GraphWrites
{
    public static void Create(IReadOnlyList<CreateAction> actions, CypherValue[] row, QueryContext context)
    {
        var writer = context.RequireWriter();
        foreach (var a in actions)
        {
            if (a.PathBuilder is not null)
            {
                row[a.Slot] = a.PathBuilder(row, context);
                continue;
            }
            var props = a.Properties is null ? null : PropertyMap(a.Properties(row, context), "CREATE");
            if (a.Type is null)
            {
                var id = writer.CreateNode(a.Labels, NonNull(props));
                context.Counters.NodesCreated++;
                context.Counters.LabelsAdded += a.Labels.Count;
                context.Counters.PropertiesSet += CountNonNull(props);
                row[a.Slot] = new EngineNode(id, writer);
            }
            else
            {
                var start = EndpointId(row[a.StartSlot], a.Type);
                var end = EndpointId(row[a.EndSlot], a.Type);
                var id = writer.CreateRelationship(start, end, a.Type, NonNull(props));
                context.Counters.RelationshipsCreated++;
                context.Counters.PropertiesSet += CountNonNull(props);
                row[a.Slot] = new EngineRelationship(
                    new RelationshipRef(id, start, end, writer.RelationshipTypeId(a.Type)),
                    writer
                );
            }
        }
    }

    private static long EndpointId(CypherValue value, string type)
    {
        if (value is CypherNode n)
        {
            return n.Id;
        }
        if (value.IsNull)
        {
            throw new CypherSemanticException(
                "Failed to create relationship `"
                    + type
                    + "`, node is missing. If you prefer to simply ignore rows where a relationship node is missing, set 'cypher.lenient_create_relationship = true' in neo4j.conf",
                detail: "CreatingRelationshipWithNullNode"
            );
        }
        throw new CypherTypeException("Expected a node to create a relationship from, but got " + value.TypeName + ".");
    }

    private static IEnumerable<KeyValuePair<string, CypherValue>> NonNull(
        IReadOnlyDictionary<string, CypherValue>? props
    ) => props is null ? [] : props.Where(p => !p.Value.IsNull);

    private static int CountNonNull(IReadOnlyDictionary<string, CypherValue>? props) =>
        props is null ? 0 : props.Count(p => !p.Value.IsNull);

    /// <summary>A map of properties from a map value, or a node's/relationship's properties.</summary>
    public static IReadOnlyDictionary<string, CypherValue>? PropertyMap(CypherValue value, string clause) =>
        value switch
        {
            CypherMap m => CheckValues(m, clause),
            CypherNode n => n.Properties,
            CypherRelationship r => r.Properties,
            CypherNull => null,
            _ => throw new CypherTypeException(
                "Expected a map of properties in " + clause + " but got " + value.TypeName + " (" + value + ").",
                detail: "InvalidArgumentType"
            ),
        };

    private static CypherMap CheckValues(CypherMap map, string clause)
    {
        foreach (var (key, v) in map)
        {
            CheckPropertyValue(key, v);
        }
        return map;
    }

    /// <summary>Property values are scalars, temporals, points, or homogeneous lists of those.</summary>
    public static void CheckPropertyValue(string key, CypherValue value)
    {
        switch (value.Kind)
        {
            case CypherValueKind.Map:
            case CypherValueKind.Node:
            case CypherValueKind.Relationship:
            case CypherValueKind.Path:
                throw new CypherTypeException(
                    "Property values can only be of primitive types or arrays thereof. Property `"
                        + key
                        + "` got "
                        + value.TypeName
                        + ".",
                    detail: "InvalidPropertyType"
                );
            case CypherValueKind.List:
                CypherValueKind? kind = null;
                foreach (var item in (CypherList)value)
                {
                    if (item.IsNull)
                    {
                        continue;
                    }
                    if (
                        item.Kind
                        is CypherValueKind.List
                            or CypherValueKind.Map
                            or CypherValueKind.Node
                            or CypherValueKind.Relationship
                            or CypherValueKind.Path
                    )
                    {
                        throw new CypherTypeException(
                            "Collections containing collections or maps can not be stored in properties (property `"
                                + key
                                + "`).",
                            detail: "InvalidPropertyType"
                        );
                    }
                    var k = item.Kind == CypherValueKind.Integer ? CypherValueKind.Float : item.Kind;
                    if (kind is not null && kind != k)
                    {
                        throw new CypherTypeException(
                            "Collections containing mixed types can not be stored in properties (property `"
                                + key
                                + "`).",
                            detail: "InvalidPropertyType"
                        );
                    }
                    kind = k;
                }
                break;
        }
    }

    public static void SetProperty(CypherValue target, string key, CypherValue value, QueryContext context)
    {
        var writer = context.RequireWriter();
        CheckPropertyValue(key, value);
        switch (target)
        {
            case CypherNull:
                return;
            case CypherNode n:
                EnsureNodeAlive(writer, n.Id);
                if (writer.SetNodeProperty(n.Id, key, value) || !value.IsNull)
                {
                    context.Counters.PropertiesSet++;
                }
                return;
            case CypherRelationship r:
                EnsureRelationshipAlive(writer, r.Id);
                if (writer.SetRelationshipProperty(r.Id, key, value) || !value.IsNull)
                {
                    context.Counters.PropertiesSet++;
                }
                return;
            default:
                throw new CypherTypeException(
                    "Type mismatch: expected Node or Relationship but was "
                        + target.TypeName
                        + " (setting property `"
                        + key
                        + "`).",
                    detail: "InvalidArgumentType"
                );
        }
    }

    /// <summary><c>n = map</c> (replace all properties) or <c>n += map</c> (merge).</summary>
    public static void SetProperties(CypherValue target, CypherValue value, bool merge, QueryContext context)
    {
        if (target.IsNull)
        {
            return;
        }
        var map = PropertyMap(value, "SET") ?? new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        // Copy first: the map may be the target's own properties (SET n = n).
        var entries = map.ToArray();
        var writer = context.RequireWriter();
        if (!merge)
        {
            var existing = target switch
            {
                CypherNode n => writer.NodeProperties(n.Id),
                CypherRelationship r => writer.RelationshipProperties(r.Id),
                _ => throw new CypherTypeException(
                    "Type mismatch: expected Node or Relationship but was " + target.TypeName + ".",
                    detail: "InvalidArgumentType"
                ),
            };
            foreach (var key in existing.Keys.ToArray())
            {
                if (!map.ContainsKey(key))
                {
                    SetProperty(target, key, CypherNull.Instance, context);
                }
            }
        }
        foreach (var (key, v) in entries)
        {
            SetProperty(target, key, v, context);
        }
    }

    public static void SetLabels(CypherValue target, IReadOnlyList<string> labels, QueryContext context)
    {
        if (target.IsNull)
        {
            return;
        }
        if (target is not CypherNode n)
        {
            throw new CypherTypeException(
                "Type mismatch: expected Node but was " + target.TypeName + ".",
                detail: "InvalidArgumentType"
            );
        }
        var writer = context.RequireWriter();
        EnsureNodeAlive(writer, n.Id);
        foreach (var label in labels)
        {
            if (writer.AddLabel(n.Id, label))
            {
                context.Counters.LabelsAdded++;
            }
        }
    }

    public static void RemoveLabels(CypherValue target, IReadOnlyList<string> labels, QueryContext context)
    {
        if (target.IsNull)
        {
            return;
        }
        if (target is not CypherNode n)
        {
            throw new CypherTypeException(
                "Type mismatch: expected Node but was " + target.TypeName + ".",
                detail: "InvalidArgumentType"
            );
        }
        var writer = context.RequireWriter();
        EnsureNodeAlive(writer, n.Id);
        foreach (var label in labels)
        {
            if (writer.RemoveLabel(n.Id, label))
            {
                context.Counters.LabelsRemoved++;
            }
        }
    }

    public static void RemoveProperty(CypherValue target, string key, QueryContext context)
    {
        var writer = context.RequireWriter();
        switch (target)
        {
            case CypherNull:
                return;
            case CypherNode n:
                EnsureNodeAlive(writer, n.Id);
                if (writer.SetNodeProperty(n.Id, key, CypherNull.Instance))
                {
                    context.Counters.PropertiesSet++;
                }
                return;
            case CypherRelationship r:
                EnsureRelationshipAlive(writer, r.Id);
                if (writer.SetRelationshipProperty(r.Id, key, CypherNull.Instance))
                {
                    context.Counters.PropertiesSet++;
                }
                return;
            default:
                throw new CypherTypeException(
                    "Type mismatch: expected Node or Relationship but was " + target.TypeName + ".",
                    detail: "InvalidArgumentType"
                );
        }
    }

    private static void EnsureNodeAlive(IGraphWriter writer, long id)
    {
        if (writer.IsDeletedNode(id))
        {
            throw new EntityNotFoundException(
                "Node with id "
                    + id.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " has been deleted in this transaction"
            );
        }
    }

    private static void EnsureRelationshipAlive(IGraphWriter writer, long id)
    {
        if (writer.IsDeletedRelationship(id))
        {
            throw new EntityNotFoundException(
                "Relationship with id "
                    + id.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " has been deleted in this transaction"
            );
        }
    }
}
