using System.Runtime.InteropServices;

namespace EconSecGraph.Storage;

/// <summary>
/// One relationship as seen from one of its nodes: the relationship id, the node at the other end
/// and the type. Ten bytes; adjacency is stored as contiguous runs of these, sorted by type.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 2)]
public readonly struct RelationshipEntry : IEquatable<RelationshipEntry>
{
    private readonly int _relationship;
    private readonly int _other;
    private readonly ushort _type;

    public RelationshipEntry(long relationshipId, long otherNodeId, int typeId)
    {
        _relationship = checked((int)relationshipId);
        _other = checked((int)otherNodeId);
        _type = checked((ushort)typeId);
    }

    public long RelationshipId => _relationship;

    public long OtherNodeId => _other;

    public int TypeId => _type;

    internal int Rel => _relationship;

    internal int Other => _other;

    public bool Equals(RelationshipEntry other) =>
        other._relationship == _relationship && other._other == _other && other._type == _type;

    public override bool Equals(object? obj) => obj is RelationshipEntry e && Equals(e);

    public override int GetHashCode() => HashCode.Combine(_relationship, _other, _type);

    public static bool operator ==(RelationshipEntry left, RelationshipEntry right) => left.Equals(right);

    public static bool operator !=(RelationshipEntry left, RelationshipEntry right) => !left.Equals(right);
}
