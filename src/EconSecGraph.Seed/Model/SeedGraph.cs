using EconSecGraph.Seed.Schema;
using EconSecGraph.Seed.Sources;

namespace EconSecGraph.Seed.Model;

/// <summary>The whole seed: schema, nodes and relationships in file order, and the source texts.</summary>
public sealed class SeedGraph
{
    private readonly Dictionary<string, SeedNode> _byId;

    public SeedGraph(
        SeedSchema schema,
        IReadOnlyList<SeedNode> nodes,
        IReadOnlyList<SeedRelationship> relationships,
        IReadOnlyList<SeedFile> sourceTexts
    )
    {
        Schema = schema;
        Nodes = nodes;
        Relationships = relationships;
        SourceTexts = sourceTexts;
        _byId = new Dictionary<string, SeedNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            _byId.TryAdd(node.Id, node);
        }
    }

    public SeedSchema Schema { get; }

    public IReadOnlyList<SeedNode> Nodes { get; }

    public IReadOnlyList<SeedRelationship> Relationships { get; }

    public IReadOnlyList<SeedFile> SourceTexts { get; }

    public SeedNode? FindNode(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Node counts per label, in label order.</summary>
    public IReadOnlyDictionary<string, int> CountByLabel() =>
        new SortedDictionary<string, int>(
            Nodes
                .GroupBy(n => n.Label, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            StringComparer.Ordinal
        );

    /// <summary>Relationship counts per type, in type order.</summary>
    public IReadOnlyDictionary<string, int> CountByType() =>
        new SortedDictionary<string, int>(
            Relationships
                .GroupBy(r => r.Type, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            StringComparer.Ordinal
        );
}
