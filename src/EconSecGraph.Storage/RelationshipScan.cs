using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage;

/// <summary>
/// Iterates all relationships (or those of one type) in id order. Relationships created after the
/// scan started are not visited. A mutable struct (see <see cref="RelationshipCursor"/>).
/// </summary>
public struct RelationshipScan
{
    private readonly StoreState? _state;
    private readonly int _type; // -1: any
    private readonly long _limit;
    private long _current;

    internal RelationshipScan(StoreState state, int type, bool empty)
    {
        _state = state;
        _type = type;
        _limit = empty ? 0 : state.NextRelId;
        _current = -1;
    }

    public readonly RelationshipInfo Current =>
        new(_current, _state!.RelStart.Get(_current) - 1, _state.RelEnd.Get(_current), _state.RelType.Get(_current));

    public readonly RelationshipScan GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_state is null)
        {
            return false;
        }
        while (++_current < _limit)
        {
            if (_state.RelStart.Get(_current) != 0 && (_type < 0 || _state.RelType.Get(_current) == _type))
            {
                return true;
            }
        }
        return false;
    }
}
