namespace EconSecGraph.Cypher.Planning;

/// <summary>
/// Decides where a plan needs an Eager barrier: between reads and later writes (or writes and later
/// reads) that could see each other's effects, judged coarsely by labels, relationships and keys.
/// </summary>
internal sealed class ConflictTracker
{
    private readonly HashSet<string> _readLabels = new(StringComparer.Ordinal);
    private readonly HashSet<string> _readKeys = new(StringComparer.Ordinal);
    private bool _readAnyNode;
    private bool _readRelationships;
    private bool _readAnyKey;

    private readonly HashSet<string> _writtenLabels = new(StringComparer.Ordinal);
    private readonly HashSet<string> _writtenKeys = new(StringComparer.Ordinal);
    private bool _wroteAnyNode;
    private bool _wroteRelationships;
    private bool _wroteAnyKey;
    private bool _deleted;

    public void ReadNodes(string? label)
    {
        if (label is null)
        {
            _readAnyNode = true;
        }
        else
        {
            _readLabels.Add(label);
        }
    }

    public void ReadRelationships() => _readRelationships = true;

    public void ReadKey(string? key)
    {
        if (key is null)
        {
            _readAnyKey = true;
        }
        else
        {
            _readKeys.Add(key);
        }
    }

    public void WriteNodes(IEnumerable<string>? labels)
    {
        if (labels is null)
        {
            _wroteAnyNode = true;
            return;
        }
        var any = false;
        foreach (var l in labels)
        {
            _writtenLabels.Add(l);
            any = true;
        }
        if (!any)
        {
            _wroteAnyNode = true;
        }
    }

    public void WriteRelationships() => _wroteRelationships = true;

    public void WriteKey(string? key)
    {
        if (key is null)
        {
            _wroteAnyKey = true;
        }
        else
        {
            _writtenKeys.Add(key);
        }
    }

    public void Delete() => _deleted = true;

    /// <summary>True when what was read so far may be affected by what is written so far.</summary>
    public bool Conflicts()
    {
        if (_deleted && (_readAnyNode || _readLabels.Count > 0 || _readRelationships))
        {
            return true;
        }
        var nodesWritten = _wroteAnyNode || _writtenLabels.Count > 0;
        if (
            nodesWritten
            && (_readAnyNode || (_wroteAnyNode && _readLabels.Count > 0) || _readLabels.Overlaps(_writtenLabels))
        )
        {
            return true;
        }
        if (_wroteRelationships && _readRelationships)
        {
            return true;
        }
        var keysWritten = _wroteAnyKey || _writtenKeys.Count > 0;
        var keysRead = _readAnyKey || _readKeys.Count > 0;
        return keysWritten && keysRead && (_wroteAnyKey || _readAnyKey || _readKeys.Overlaps(_writtenKeys));
    }

    public bool HasReads =>
        _readAnyNode || _readLabels.Count > 0 || _readRelationships || _readAnyKey || _readKeys.Count > 0;

    public bool HasWrites =>
        _wroteAnyNode
        || _writtenLabels.Count > 0
        || _wroteRelationships
        || _wroteAnyKey
        || _writtenKeys.Count > 0
        || _deleted;

    /// <summary>After an Eager barrier nothing before it can conflict any more.</summary>
    public void Reset()
    {
        _readLabels.Clear();
        _readKeys.Clear();
        _readAnyNode = _readRelationships = _readAnyKey = false;
        _writtenLabels.Clear();
        _writtenKeys.Clear();
        _wroteAnyNode = _wroteRelationships = _wroteAnyKey = _deleted = false;
    }
}
