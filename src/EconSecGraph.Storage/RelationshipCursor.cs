using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage;

/// <summary>
/// Iterates the relationships of one node (by direction and optional types) without allocating.
/// A mutable struct: keep it in a field or local and call <see cref="MoveNext"/>; do not copy it
/// while iterating. Committed adjacency is read straight from the type-sorted per-node arrays;
/// relationships created or deleted by the current write transaction are merged in.
/// </summary>
public struct RelationshipCursor
{
    private readonly StoreState? _state;
    private readonly TxOverlay? _tx;
    private readonly int _node;
    private readonly Direction _direction;
    private readonly int _type; // -1: any type
    private readonly int[]? _types;
    private int _phase; // 0 out committed, 1 out pending, 2 in committed, 3 in pending, 4 done
    private int _typeIndex;
    private RelationshipEntry[]? _array;
    private int _pos;
    private int _end;
    private int _pendingNext;
    private bool _skipSelf;
    private RelationshipEntry _current;

    internal RelationshipCursor(StoreState state, TxOverlay? tx, long node, Direction direction, int type, int[]? types)
    {
        _state = state;
        _node = (int)node;
        _tx = tx is not null && tx.DirtyNodes.Get(node) ? tx : null;
        _direction = direction;
        _type = type;
        _types = types;
        _phase = direction == Direction.Incoming ? 2 : 0;
        _typeIndex = 0;
        _array = null;
        _pos = 0;
        _end = 0;
        _pendingNext = 0;
        _skipSelf = false;
        _current = default;
        if (!state.NodeExists(node) || (types is not null && types.Length == 0))
        {
            _phase = 4;
            return;
        }
        SetupPhase();
    }

    /// <summary>The current relationship as seen from the node.</summary>
    public readonly RelationshipEntry Current => _current;

    /// <summary>True when the current relationship starts at the node (its other node is the end).</summary>
    public readonly bool CurrentIsOutgoing => _phase < 2;

    public readonly RelationshipCursor GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_state is null)
        {
            return false; // default(RelationshipCursor) is empty
        }
        while (true)
        {
            if (_array is not null)
            {
                while (++_pos < _end)
                {
                    var e = _array[_pos];
                    if (_tx is not null && (_tx.HasRelDeletes && _state!.RelStart.Get(e.Rel) == 0))
                    {
                        continue;
                    }
                    if (_skipSelf && e.Other == _node)
                    {
                        continue;
                    }
                    _current = e;
                    return true;
                }
                _array = null;
                if (_types is not null && ++_typeIndex < _types.Length)
                {
                    SetupCommitted();
                    continue;
                }
                _phase++;
                SetupPhase();
                continue;
            }
            if (_phase is 1 or 3)
            {
                while (_pendingNext != 0)
                {
                    var rel = _pendingNext - 1;
                    var local = rel - _tx!.BaseRelId;
                    _pendingNext = _phase == 1 ? _tx.NextOut.Get(local) : _tx.NextIn.Get(local);
                    var start = _state!.RelStart.Get(rel);
                    if (start == 0)
                    {
                        continue; // created and deleted in this transaction
                    }
                    var type = _state.RelType.Get(rel);
                    if (!TypeMatches(type))
                    {
                        continue;
                    }
                    var other = _phase == 1 ? _state.RelEnd.Get(rel) : start - 1;
                    if (_phase == 3 && _direction == Direction.Both && other == _node)
                    {
                        continue;
                    }
                    _current = new RelationshipEntry(rel, other, type);
                    return true;
                }
                _phase++;
                SetupPhase();
                continue;
            }
            if (_phase >= 4)
            {
                return false;
            }
            SetupPhase();
        }
    }

    private readonly bool TypeMatches(int type)
    {
        if (_types is not null)
        {
            return Array.IndexOf(_types, type) >= 0;
        }
        return _type < 0 || _type == type;
    }

    private void SetupPhase()
    {
        if (_phase == 2 && _direction == Direction.Outgoing)
        {
            _phase = 4;
        }
        switch (_phase)
        {
            case 0 or 2:
                _typeIndex = 0;
                _skipSelf = _phase == 2 && _direction == Direction.Both;
                SetupCommitted();
                break;
            case 1 or 3:
                if (_tx is null)
                {
                    _phase++;
                    SetupPhase();
                    return;
                }
                if (!_tx.LinksBuilt)
                {
                    throw new InvalidOperationException("Pending adjacency links must be built before reading.");
                }
                _pendingNext = _phase == 1 ? _tx.HeadOut.Get(_node) : _tx.HeadIn.Get(_node);
                break;
        }
    }

    private void SetupCommitted()
    {
        var state = _state!;
        var outgoing = _phase == 0;
        var addr = outgoing ? state.OutAddr.Get(_node) : state.InAddr.Get(_node);
        var count = outgoing ? state.OutCount.Get(_node) : state.InCount.Get(_node);
        if (count == 0)
        {
            _array = null;
            _phase++;
            SetupPhase();
            return;
        }
        var array = state.Adjacency.BlockArray(addr, out var offset);
        int start = 0,
            end = count;
        var wanted = _types is not null ? _types[_typeIndex] : _type;
        if (wanted >= 0 || _types is not null)
        {
            (start, end) = wanted < 0 ? (0, 0) : StoreState.TypeRange(array.AsSpan(offset, count), wanted);
        }
        _array = array;
        _pos = offset + start - 1;
        _end = offset + end;
    }
}
