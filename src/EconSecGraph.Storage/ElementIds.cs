using System.Globalization;

namespace EconSecGraph.Storage;

/// <summary>
/// Neo4j 5 element ids: <c>4:&lt;store id&gt;:&lt;n&gt;</c> for nodes and <c>5:&lt;store id&gt;:&lt;n&gt;</c>
/// for relationships. Ids are never reused, so an element id names the same entity for the life
/// of the data directory.
/// </summary>
public static class ElementIds
{
    public static string FormatNode(string storeId, long nodeId) =>
        "4:" + storeId + ":" + nodeId.ToString(CultureInfo.InvariantCulture);

    public static string FormatRelationship(string storeId, long relationshipId) =>
        "5:" + storeId + ":" + relationshipId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses a node element id of this store; false for other stores, relationship ids or malformed text.</summary>
    public static bool TryParseNode(string elementId, string storeId, out long nodeId) =>
        TryParse(elementId, '4', storeId, out nodeId);

    public static bool TryParseRelationship(string elementId, string storeId, out long relationshipId) =>
        TryParse(elementId, '5', storeId, out relationshipId);

    private static bool TryParse(string elementId, char kind, string storeId, out long id)
    {
        id = -1;
        if (elementId is null || storeId is null || elementId.Length < storeId.Length + 4)
        {
            return false;
        }
        if (elementId[0] != kind || elementId[1] != ':')
        {
            return false;
        }
        var rest = elementId.AsSpan(2);
        if (
            !rest.StartsWith(storeId, StringComparison.Ordinal)
            || rest.Length <= storeId.Length + 1
            || rest[storeId.Length] != ':'
        )
        {
            return false;
        }
        var digits = rest[(storeId.Length + 1)..];
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id < (1L << 53);
    }
}
