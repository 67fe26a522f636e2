using System.Globalization;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Web.Export;

/// <summary>
/// Tabular formats (GraphML, CSV, Cytoscape) need one type per column, while a property graph lets
/// each entity choose. This settles each key on one column type: integers stay integers, a mix of
/// integers and floats becomes double, booleans stay booleans, and anything else is text.
/// </summary>
public sealed class PropertyColumns
{
    private PropertyColumns(IReadOnlyList<(string Key, ColumnType Type)> columns) => Columns = columns;

    public IReadOnlyList<(string Key, ColumnType Type)> Columns { get; }

    public static PropertyColumns Of(
        IEnumerable<IReadOnlyDictionary<string, CypherValue>> entities,
        ISet<string>? skip = null
    )
    {
        ArgumentNullException.ThrowIfNull(entities);
        var types = new Dictionary<string, ColumnType>(StringComparer.Ordinal);
        foreach (var properties in entities)
        {
            foreach (var (key, value) in properties)
            {
                if (value.IsNull || skip?.Contains(key) == true)
                {
                    continue;
                }
                var type = TypeOf(value);
                types[key] = types.TryGetValue(key, out var seen) ? Merge(seen, type) : type;
            }
        }
        return new PropertyColumns([
            .. types.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value)),
        ]);
    }

    /// <summary>The value as text for a cell; lists are joined with "; ".</summary>
    public static string Text(CypherValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            CypherNull => string.Empty,
            CypherString s => s.Value,
            CypherBoolean b => b.Value ? "true" : "false",
            CypherInteger i => i.Value.ToString(CultureInfo.InvariantCulture),
            CypherFloat f => f.Value.ToString("R", CultureInfo.InvariantCulture),
            CypherList list => string.Join("; ", list.Select(Text)),
            _ => value.ToString(),
        };
    }

    private static ColumnType TypeOf(CypherValue value) =>
        value switch
        {
            CypherInteger => ColumnType.Long,
            CypherFloat => ColumnType.Double,
            CypherBoolean => ColumnType.Boolean,
            CypherList => ColumnType.List,
            _ => ColumnType.String,
        };

    private static ColumnType Merge(ColumnType a, ColumnType b) =>
        a == b ? a
        : (a, b) is (ColumnType.Long, ColumnType.Double) or (ColumnType.Double, ColumnType.Long) ? ColumnType.Double
        : ColumnType.String;
}
