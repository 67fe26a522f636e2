using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage;

/// <summary>
/// Iterates node ids in ascending order: all nodes, or the nodes with one label. Nodes created
/// after the scan started are not visited. A mutable struct (see <see cref="RelationshipCursor"/>).
/// </summary>
public struct NodeScan
{
    private readonly StoreState? _state;
    private readonly int _label; // -1: all nodes
    private readonly long _limit;
    private long _current;

    internal NodeScan(StoreState state, int label)
    {
        _state = state;
        _label = label;
        _limit = state.NextNodeId;
        _current = -1;
        if (label >= state.LabelIndex.Length)
        {
            _limit = 0;
        }
    }

    public readonly long Current => _current;

    public readonly NodeScan GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_state is null)
        {
            return false;
        }
        if (_label >= 0)
        {
            if (_current + 1 >= _limit)
            {
                return false;
            }
            var next = _state.LabelIndex[_label].NextSetBit(_current + 1, _limit);
            if (next < 0)
            {
                _current = _limit;
                return false;
            }
            _current = next;
            return true;
        }
        while (++_current < _limit)
        {
            if (_state.NodeLabels.Get(_current) != 0)
            {
                return true;
            }
        }
        return false;
    }
}
