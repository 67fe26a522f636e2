using EconSecGraph.Bolt.Hydration;
using EconSecGraph.Bolt.PackStream;

namespace EconSecGraph.Bolt.Messages;

/// <summary>
/// A Bolt message: one PackStream structure whose tag is the signature. Each message type writes its
/// own fields and has a static <c>Read</c> for them (one serializer per message).
/// </summary>
public abstract record BoltMessage
{
    public abstract byte Signature { get; }

    /// <summary>The message name as the specification spells it (HELLO, RUN, …).</summary>
    public abstract string Name { get; }

    /// <summary>The number of fields this message writes.</summary>
    public abstract int FieldCount { get; }

    /// <summary>Writes the fields (the codec writes the structure header).</summary>
    public abstract void WriteFields(PackStreamWriter writer, BoltValueFormat format);

    public sealed override string ToString() => Name;
}
