using System.Text;

namespace EconSecGraph.Web.Queries;

/// <summary>
/// Labels and relationship types cannot be parameters in Cypher; the few queries that need them in the
/// pattern back-quote them here, so no value from a request is ever spliced in unescaped.
/// </summary>
public static class CypherNames
{
    public static string Quote(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";
    }

    /// <summary><c>:`A`|`B`</c> for a relationship pattern, or empty for "any type".</summary>
    public static string TypeAlternatives(IReadOnlyCollection<string> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        if (types.Count == 0)
        {
            return string.Empty;
        }
        var sb = new StringBuilder(":");
        var first = true;
        foreach (var type in types)
        {
            if (!first)
            {
                sb.Append('|');
            }
            sb.Append(Quote(type));
            first = false;
        }
        return sb.ToString();
    }
}
