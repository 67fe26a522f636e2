using EconSecGraph.Graph.Values;

namespace EconSecGraph.Storage.Schema;

/// <summary>An index as <c>SHOW INDEXES</c> describes it. Immutable.</summary>
public sealed record IndexDescriptor
{
    /// <summary>A stable id (Neo4j's <c>id</c> column).</summary>
    public required long Id { get; init; }

    public required string Name { get; init; }

    public required IndexType Type { get; init; }

    public required EntityType EntityType { get; init; }

    /// <summary>Label names (node indexes) or relationship type names; empty for the lookup indexes.</summary>
    public required IReadOnlyList<string> LabelsOrTypes { get; init; }

    /// <summary>Label or relationship-type token ids, parallel to <see cref="LabelsOrTypes"/>.</summary>
    public required IReadOnlyList<int> LabelOrTypeIds { get; init; }

    /// <summary>Property key names; empty for the lookup indexes.</summary>
    public required IReadOnlyList<string> Properties { get; init; }

    /// <summary>Property key token ids, parallel to <see cref="Properties"/>.</summary>
    public required IReadOnlyList<int> PropertyKeyIds { get; init; }

    /// <summary>The name of the constraint that owns this index, if any.</summary>
    public string? OwningConstraint { get; init; }

    /// <summary>Full-text only: the analyzer name (e.g. <c>cjk</c>).</summary>
    public string? Analyzer { get; init; }

    /// <summary>Full-text only: the <c>fulltext.eventually_consistent</c> setting (accepted; this store is always consistent).</summary>
    public bool EventuallyConsistent { get; init; }

    /// <summary>Neo4j's <c>indexProvider</c>: <c>range-1.0</c>, <c>text-2.0</c>, <c>point-1.0</c>, <c>fulltext-1.0</c>, <c>token-lookup-1.0</c>.</summary>
    public string IndexProvider =>
        Type switch
        {
            IndexType.Range => "range-1.0",
            IndexType.Text => "text-2.0",
            IndexType.Point => "point-1.0",
            IndexType.FullText => "fulltext-1.0",
            _ => "token-lookup-1.0",
        };

    /// <summary>Always <c>ONLINE</c>: indexes are populated when created.</summary>
    public static string State => "ONLINE";

    /// <summary>The <c>options</c> map <c>SHOW INDEXES YIELD *</c> prints.</summary>
    public CypherMap Options
    {
        get
        {
            var config = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
            if (Type == IndexType.FullText)
            {
                config["fulltext.analyzer"] = Analyzer ?? "standard-no-stop-words";
                config["fulltext.eventually_consistent"] = EventuallyConsistent;
            }
            return CypherMap.Wrap(
                new Dictionary<string, CypherValue>(StringComparer.Ordinal)
                {
                    ["indexProvider"] = IndexProvider,
                    ["indexConfig"] = CypherMap.Wrap(config),
                }
            );
        }
    }

    /// <summary>Neo4j's description, e.g. <c>Index( id=3, name='idx', type='RANGE', schema=(:L {p}), indexProvider='range-1.0' )</c>.</summary>
    public string Describe() =>
        $"Index( id={Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}, name='{Name}', type='{TypeName}', schema={SchemaText(EntityType, LabelsOrTypes, Properties)}, indexProvider='{IndexProvider}' )";

    /// <summary>The type as Neo4j prints it: <c>RANGE</c>, <c>TEXT</c>, <c>POINT</c>, <c>FULLTEXT</c>, <c>LOOKUP</c>.</summary>
    public string TypeName => Type.ToString().ToUpperInvariant();

    internal static string SchemaText(EntityType entity, IReadOnlyList<string> tokens, IReadOnlyList<string> properties)
    {
        var props = string.Join(", ", properties);
        var names = string.Join("|", tokens);
        return entity == EntityType.Node ? $"(:{names} {{{props}}})" : $"()-[:{names} {{{props}}}]-()";
    }
}
