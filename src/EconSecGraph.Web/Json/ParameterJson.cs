using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Errors;
using Newtonsoft.Json.Linq;

namespace EconSecGraph.Web.Json;

/// <summary>
/// Query parameters from JSON: whole numbers become INTEGER, other numbers FLOAT, arrays LIST and
/// objects MAP. Dates travel as strings (use <c>date($p)</c> in the query), as with Neo4j's HTTP API.
/// </summary>
public static class ParameterJson
{
    private const int MaxDepth = 32;

    public static Dictionary<string, CypherValue> FromJson(JToken? parameters)
    {
        var result = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        if (parameters is null || parameters.Type == JTokenType.Null)
        {
            return result;
        }
        if (parameters is not JObject obj)
        {
            throw new ApiArgumentException("parameters", "'parameters' must be a JSON object of name → value.");
        }
        foreach (var (name, value) in obj)
        {
            result[name] = ToValue(value, "parameters." + name, 0);
        }
        return result;
    }

    public static CypherValue ToValue(JToken? token, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ApiArgumentException("parameters", $"'{path}' is nested deeper than {MaxDepth} levels.");
        }
        return token?.Type switch
        {
            null or JTokenType.Null or JTokenType.Undefined => CypherValue.Null,
            JTokenType.Boolean => token.Value<bool>(),
            JTokenType.Integer => Integer(token, path),
            JTokenType.Float => token.Value<double>(),
            JTokenType.String or JTokenType.Date or JTokenType.Guid or JTokenType.Uri or JTokenType.TimeSpan =>
                token.ToString(),
            JTokenType.Array => new CypherList(((JArray)token).Select((t, i) => ToValue(t, $"{path}[{i}]", depth + 1))),
            JTokenType.Object => new CypherMap(
                ((JObject)token)
                    .Properties()
                    .Select(p => new KeyValuePair<string, CypherValue>(
                        p.Name,
                        ToValue(p.Value, path + "." + p.Name, depth + 1)
                    ))
            ),
            _ => throw new ApiArgumentException(
                "parameters",
                $"'{path}' has a JSON value of type {token.Type} that Cypher has no type for."
            ),
        };
    }

    private static CypherValue Integer(JToken token, string path)
    {
        var value = ((JValue)token).Value;
        return value is long or int
            ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)
            : throw new ApiArgumentException(
                "parameters",
                $"'{path}' is a whole number outside the 64-bit range Cypher integers have."
            );
    }
}
