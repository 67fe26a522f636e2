using EconSecGraph.Graph.Values;

namespace EconSecGraph.Web.Queries;

/// <summary>
/// Stable keys for nodes and relationships, so links and saved views survive restarts and work on both
/// engines: a node is known by its <c>id</c> property (graph-seed ids such as <c>org-atla</c>); a node
/// without one falls back to <c>eid:</c> + its element id. A relationship is known by its <c>id</c>
/// property when it has one (the seed loader writes one), else <c>start|TYPE|end</c>, plus <c>|key</c>
/// when two of one type join the same nodes.
/// </summary>
public static class NodeKeys
{
    public const string CommonLabel = "Entity";
    public const string ElementIdPrefix = "eid:";

    public static string Of(CypherNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (
            node.Properties.TryGetValue("id", out var id)
            && id is CypherString { Value.Length: > 0 } s
            && node.Labels.Contains(CommonLabel, StringComparer.Ordinal)
        )
        {
            return s.Value;
        }
        return ElementIdPrefix + node.ElementId;
    }

    public static string Of(CypherRelationship relationship, string startKey, string endKey)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        if (relationship.Properties.TryGetValue("id", out var own) && own is CypherString { Value.Length: > 0 } ownId)
        {
            return ownId.Value;
        }
        var id = startKey + "|" + relationship.Type + "|" + endKey;
        return relationship.Properties.TryGetValue("key", out var key) && key is CypherString { Value.Length: > 0 } k
            ? id + "|" + k.Value
            : id;
    }

    public static bool IsElementKey(string key) => key.StartsWith(ElementIdPrefix, StringComparison.Ordinal);

    /// <summary>
    /// A MATCH clause binding <paramref name="variable"/> to the node with the key in parameter
    /// <paramref name="parameter"/>; use <see cref="ParameterValue"/> for the parameter's value.
    /// </summary>
    public static string Match(string key, string variable, string parameter) =>
        IsElementKey(key)
            ? $"MATCH ({variable}) WHERE elementId({variable}) = ${parameter}"
            : $"MATCH ({variable}:{CommonLabel} {{id: ${parameter}}})";

    public static string ParameterValue(string key) => IsElementKey(key) ? key[ElementIdPrefix.Length..] : key;

    /// <summary>Checks a key from a URL; throws a clear 400 when it cannot be one.</summary>
    public static string Validate(string? key, string parameter)
    {
        var trimmed = key?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new Errors.ApiArgumentException(
                parameter,
                $"'{parameter}' is required: give an entity id such as org-atla."
            );
        }
        if (trimmed.Length > 512)
        {
            throw new Errors.ApiArgumentException(
                parameter,
                $"'{parameter}' is longer than 512 characters; no entity id is."
            );
        }
        if (IsElementKey(trimmed) && trimmed.Length == ElementIdPrefix.Length)
        {
            throw new Errors.ApiArgumentException(
                parameter,
                $"'{parameter}' has the eid: prefix but no element id after it."
            );
        }
        return trimmed;
    }
}
