namespace EconSecGraph.Seed.Schema;

/// <summary>One property a node label or relationship type may carry.</summary>
public sealed record PropertySpec
{
    public required string Name { get; init; }

    public required PropertyType Type { get; init; }

    public bool Required { get; init; }

    /// <summary>Allowed values (strings only), or null for any.</summary>
    public IReadOnlyList<string>? Enum { get; init; }

    /// <summary>A regular expression the whole string must match, or null.</summary>
    public string? Pattern { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    /// <summary>For <see cref="PropertyType.Precision"/>: the date property whose shape it describes.</summary>
    public string? Of { get; init; }

    /// <summary>This property must be present whenever the named one is.</summary>
    public string? RequiredWith { get; init; }

    public string? Description { get; init; }

    /// <summary>The value must appear verbatim in one of the source texts (whitespace ignored, '…' marks a gap).</summary>
    public bool Quote { get; init; }

    /// <summary>The type as written in schema.yaml (for messages).</summary>
    public string TypeName =>
        Type switch
        {
            PropertyType.String => "string",
            PropertyType.StringList => "string[]",
            PropertyType.Integer => "integer",
            PropertyType.Number => "number",
            PropertyType.Boolean => "boolean",
            PropertyType.Url => "url",
            PropertyType.Date => "date",
            PropertyType.Precision => "precision",
            PropertyType.Time => "time",
            PropertyType.Reference => "ref",
            PropertyType.ReferenceList => "ref[]",
            PropertyType.SourceList => "source[]",
            _ => Type.ToString(),
        };
}
