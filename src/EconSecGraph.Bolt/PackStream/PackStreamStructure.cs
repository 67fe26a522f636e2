namespace EconSecGraph.Bolt.PackStream;

/// <summary>
/// A structure as the codec sees it: a tag byte and its fields, with no meaning attached. Hydration
/// (<c>Hydration/</c>) gives tags their meaning (Node, Date, …); messages are structures too.
/// </summary>
public sealed class PackStreamStructure
{
    public PackStreamStructure(byte tag, IReadOnlyList<object?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (tag > 0x7F)
        {
            throw new ArgumentOutOfRangeException(nameof(tag), tag, "A structure tag is 0–127.");
        }
        if (fields.Count > PackStreamMarker.MaxStructureFields)
        {
            throw new ArgumentOutOfRangeException(nameof(fields), fields.Count, "A structure has at most 15 fields.");
        }
        Tag = tag;
        Fields = fields;
    }

    public byte Tag { get; }

    public IReadOnlyList<object?> Fields { get; }

    public override string ToString() => $"Structure(0x{Tag:X2}, {Fields.Count} fields)";
}
