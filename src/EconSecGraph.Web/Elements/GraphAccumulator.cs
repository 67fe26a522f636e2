using EconSecGraph.Graph.Values;
using EconSecGraph.Web.Queries;

namespace EconSecGraph.Web.Elements;

/// <summary>
/// Collects the graph part of any result (nodes, relationships and paths, also inside lists and maps),
/// each once, and emits Cytoscape.js elements. Relationships whose end nodes are not in the result
/// are reported by <see cref="MissingEndpoints"/> so the caller can fetch them.
/// </summary>
public sealed class GraphAccumulator
{
    private readonly Dictionary<string, CypherNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CypherRelationship> _relationships = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly int _maxNodes;

    public GraphAccumulator(int maxNodes = int.MaxValue) => _maxNodes = maxNodes;

    public int NodeCount => _nodes.Count;

    public int RelationshipCount => _relationships.Count;

    /// <summary>True when nodes beyond the cap were left out.</summary>
    public bool Truncated { get; private set; }

    public IEnumerable<CypherNode> Nodes => _nodes.Values;

    public void Add(CypherValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (value)
        {
            case CypherNode node:
                AddNode(node);
                break;
            case CypherRelationship relationship:
                _relationships.TryAdd(relationship.ElementId, relationship);
                break;
            case CypherPath path:
                foreach (var n in path.Nodes)
                {
                    AddNode(n);
                }
                foreach (var r in path.Relationships)
                {
                    _relationships.TryAdd(r.ElementId, r);
                }
                break;
            case CypherList list:
                foreach (var item in list)
                {
                    Add(item);
                }
                break;
            case CypherMap map:
                foreach (var item in map.Values)
                {
                    Add(item);
                }
                break;
            default:
                break;
        }
    }

    /// <summary>Keys given out by the last <see cref="ToElements"/>, by element id (nodes and relationships).</summary>
    public IReadOnlyDictionary<string, string> Keys => _keys;

    public bool ContainsNode(string elementId) => _nodes.ContainsKey(elementId);

    /// <summary>Element ids of relationship end nodes that are not in the result.</summary>
    public IReadOnlyList<string> MissingEndpoints() =>
        [
            .. _relationships
                .Values.SelectMany(r => new[] { r.StartNodeElementId, r.EndNodeElementId })
                .Where(id => !_nodes.ContainsKey(id))
                .Distinct(StringComparer.Ordinal),
        ];

    public IReadOnlyList<CytoscapeElement> ToElements()
    {
        var elements = new List<CytoscapeElement>(_nodes.Count + _relationships.Count);
        var keys = _keys;
        keys.Clear();
        var usedKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in _nodes.Values)
        {
            var element = ElementMapper.Node(node);
            var key = NodeKeys.Of(node);
            if (!usedKeys.Add(key))
            {
                // Two nodes share an id property (possible after console writes): fall back to the element id.
                key = NodeKeys.ElementIdPrefix + node.ElementId;
                usedKeys.Add(key);
                element.Data["id"] = key;
            }
            keys[node.ElementId] = key;
            elements.Add(element);
        }
        var edgeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relationship in _relationships.Values)
        {
            if (
                !keys.TryGetValue(relationship.StartNodeElementId, out var start)
                || !keys.TryGetValue(relationship.EndNodeElementId, out var end)
            )
            {
                continue; // an end node was left out by the cap
            }
            var id = NodeKeys.Of(relationship, start, end);
            if (!edgeIds.Add(id))
            {
                id += "|" + relationship.ElementId;
                edgeIds.Add(id);
            }
            keys[relationship.ElementId] = id;
            elements.Add(ElementMapper.Edge(relationship, start, end, id));
        }
        return elements;
    }

    private void AddNode(CypherNode node)
    {
        if (_nodes.ContainsKey(node.ElementId))
        {
            return;
        }
        if (_nodes.Count >= _maxNodes)
        {
            Truncated = true;
            return;
        }
        _nodes[node.ElementId] = node;
    }
}
