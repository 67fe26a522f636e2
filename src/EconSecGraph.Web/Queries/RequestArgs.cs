using System.Globalization;
using EconSecGraph.Web.Errors;

namespace EconSecGraph.Web.Queries;

/// <summary>Parses query-string values with messages that name the parameter and the accepted range.</summary>
public static class RequestArgs
{
    public static int Int(string? raw, string name, int defaultValue, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return defaultValue;
        }
        if (!int.TryParse(raw.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw new ApiArgumentException(
                name,
                $"'{name}' must be a whole number between {min} and {max}, not '{raw}'."
            );
        }
        if (value < min || value > max)
        {
            throw new ApiArgumentException(name, $"'{name}' must be between {min} and {max}; it was {value}.");
        }
        return value;
    }

    /// <summary>A comma-separated list (also repeated parameters joined by commas), trimmed, without empties or repeats.</summary>
    public static IReadOnlyList<string> List(string? raw, string name, int maxItems = 100)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }
        var items = raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (items.Count > maxItems)
        {
            throw new ApiArgumentException(
                name,
                $"'{name}' lists {items.Count} values; at most {maxItems} are accepted."
            );
        }
        return items;
    }

    public static T Choice<T>(string? raw, string name, T defaultValue, IReadOnlyDictionary<string, T> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return defaultValue;
        }
        foreach (var (key, value) in choices)
        {
            if (string.Equals(key, raw.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        throw new ApiArgumentException(
            name,
            $"'{name}' must be one of {string.Join(", ", choices.Keys)}; it was '{raw}'."
        );
    }

    /// <summary>An ISO date bound: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; null when absent.</summary>
    public static PartialDate? Date(string? raw, string name, bool upperBound)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        return PartialDate.TryParse(raw.Trim(), out var date)
            ? date
            : throw new ApiArgumentException(
                name,
                $"'{name}' must be a date written YYYY, YYYY-MM or YYYY-MM-DD; it was '{raw}'."
                    + (upperBound ? " It is an inclusive upper bound." : string.Empty)
            );
    }
}
