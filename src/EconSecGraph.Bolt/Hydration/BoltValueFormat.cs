namespace EconSecGraph.Bolt.Hydration;

/// <summary>
/// The structure layouts a connection uses: Bolt 5 carries element ids (Node 4 fields, Relationship 8,
/// UnboundRelationship 4) and the UTC DateTime forms (0x49/0x69); Bolt 4.4 has neither unless the
/// client negotiated the <c>utc</c> patch.
/// </summary>
public sealed record BoltValueFormat(bool ElementIds, bool UtcDateTime)
{
    /// <summary>Bolt 5.x.</summary>
    public static readonly BoltValueFormat V5 = new(ElementIds: true, UtcDateTime: true);

    /// <summary>Bolt 4.4 without patches.</summary>
    public static readonly BoltValueFormat V4 = new(ElementIds: false, UtcDateTime: false);

    /// <summary>Bolt 4.4 with <c>patch_bolt: ["utc"]</c>.</summary>
    public static readonly BoltValueFormat V4Utc = new(ElementIds: false, UtcDateTime: true);
}
