using System.Globalization;
using System.Reflection;
using EconSecGraph.Bolt.Server;
using EconSecGraph.Web.Configuration;

namespace EconSecGraph.Deployment.Tests;

/// <summary>
/// The app's configuration sections, found by reflection: every options class with a
/// <c>SectionName</c> constant in the web and Bolt assemblies. A key <c>Section__Property</c> is valid
/// when the section exists and its class has a settable property of that name whose type accepts the value.
/// </summary>
internal static class ConfigurationKeys
{
    /// <summary>Keys ASP.NET Core itself reads.</summary>
    private static readonly HashSet<string> s_hostKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "Urls",
        "ASPNETCORE_URLS",
        "ASPNETCORE_ENVIRONMENT",
    };

    public static IReadOnlyDictionary<string, List<Type>> Sections { get; } = FindSections();

    /// <summary>Null when <paramref name="key"/> = <paramref name="value"/> would bind; otherwise why not.</summary>
    public static string? Check(string key, string value)
    {
        if (s_hostKeys.Contains(key))
        {
            return null;
        }
        var parts = key.Split("__");
        if (parts.Length != 2)
        {
            return $"'{key}' is not of the form Section__Key";
        }
        if (!Sections.TryGetValue(parts[0], out var types))
        {
            return $"'{key}': there is no configuration section '{parts[0]}' (known: {string.Join(", ", Sections.Keys)})";
        }
        // several classes may bind one section (the web app's and the Bolt client's Neo4j options)
        var property = types
            .Select(t => t.GetProperty(parts[1], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase))
            .FirstOrDefault(p => p is { CanWrite: true });
        if (property is null)
        {
            return $"'{key}': no options class of section '{parts[0]}' ({string.Join(", ", types.Select(t => t.Name))}) has a settable property '{parts[1]}'";
        }
        if (value.Contains("${", StringComparison.Ordinal))
        {
            return null; // interpolated by compose; checked elsewhere
        }
        return Converts(value, property.PropertyType)
            ? null
            : $"'{key}': '{value}' is not a valid {property.PropertyType.Name}";
    }

    private static bool Converts(string value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            return true;
        }
        if (target.IsEnum)
        {
            return Enum.TryParse(target, value, ignoreCase: true, out _);
        }
        if (target == typeof(bool))
        {
            return bool.TryParse(value, out _);
        }
        if (target == typeof(int))
        {
            return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
        }
        if (target == typeof(TimeSpan))
        {
            return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out _);
        }
        return false;
    }

    private static Dictionary<string, List<Type>> FindSections()
    {
        var result = new Dictionary<string, List<Type>>(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in new[] { typeof(GraphOptions).Assembly, typeof(BoltServerOptions).Assembly })
        {
            foreach (var type in assembly.GetTypes())
            {
                if (
                    type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
                    && field.GetRawConstantValue() is string name
                )
                {
                    if (!result.TryGetValue(name, out var list))
                    {
                        result[name] = list = [];
                    }
                    list.Add(type);
                }
            }
        }
        return result;
    }
}
