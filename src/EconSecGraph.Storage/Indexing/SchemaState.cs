using EconSecGraph.Storage.FullText;
using EconSecGraph.Storage.Schema;

namespace EconSecGraph.Storage.Indexing;

/// <summary>All indexes and constraints of one snapshot. Immutable; changes make a new instance.</summary>
internal sealed class SchemaState
{
    public static readonly SchemaState Empty = new([], [], [], 3, null);

    private readonly Dictionary<int, PropertyIndex[]> _nodeIndexesByLabel = [];
    private readonly Dictionary<int, PropertyIndex[]> _relIndexesByType = [];

    public SchemaState(
        PropertyIndex[] indexes,
        ConstraintDescriptor[] constraints,
        FullTextIndex[] fullText,
        long nextId,
        IndexDescriptor[]? lookups
    )
    {
        Indexes = indexes;
        Constraints = constraints;
        FullText = fullText;
        NextId = nextId;
        Lookups = lookups ?? DefaultLookups();
        // a plain loop: LINQ grouping by a tuple key is JIT-compiled at every start (not precompiled)
        foreach (var index in indexes)
        {
            var map = index.Descriptor.EntityType == EntityType.Node ? _nodeIndexesByLabel : _relIndexesByType;
            var key = index.Descriptor.LabelOrTypeIds[0];
            map[key] = map.TryGetValue(key, out var same) ? [.. same, index] : [index];
        }
    }

    public PropertyIndex[] Indexes { get; }

    public ConstraintDescriptor[] Constraints { get; }

    public FullTextIndex[] FullText { get; }

    /// <summary>The token lookup indexes (Neo4j creates two by default).</summary>
    public IndexDescriptor[] Lookups { get; }

    public long NextId { get; }

    public bool IsEmpty => Indexes.Length == 0 && FullText.Length == 0;

    public PropertyIndex[] IndexesFor(EntityType entity, int labelOrType) =>
        (entity == EntityType.Node ? _nodeIndexesByLabel : _relIndexesByType).TryGetValue(labelOrType, out var list)
            ? list
            : [];

    public IEnumerable<IndexDescriptor> AllDescriptors
    {
        get
        {
            var all = new List<IndexDescriptor>(Lookups.Length + Indexes.Length + FullText.Length);
            all.AddRange(Lookups);
            foreach (var index in Indexes)
            {
                all.Add(index.Descriptor);
            }
            foreach (var index in FullText)
            {
                all.Add(index.Descriptor);
            }
            all.Sort(static (a, b) => a.Id.CompareTo(b.Id)); // ids are unique
            return all;
        }
    }

    public SchemaState With(
        PropertyIndex[]? indexes = null,
        ConstraintDescriptor[]? constraints = null,
        FullTextIndex[]? fullText = null,
        long? nextId = null,
        IndexDescriptor[]? lookups = null
    ) =>
        new(indexes ?? Indexes, constraints ?? Constraints, fullText ?? FullText, nextId ?? NextId, lookups ?? Lookups);

    private static IndexDescriptor[] DefaultLookups() =>
        [
            new IndexDescriptor
            {
                Id = 1,
                Name = "index_343aff4e",
                Type = IndexType.Lookup,
                EntityType = EntityType.Node,
                LabelsOrTypes = [],
                LabelOrTypeIds = [],
                Properties = [],
                PropertyKeyIds = [],
            },
            new IndexDescriptor
            {
                Id = 2,
                Name = "index_f7700477",
                Type = IndexType.Lookup,
                EntityType = EntityType.Relationship,
                LabelsOrTypes = [],
                LabelOrTypeIds = [],
                Properties = [],
                PropertyKeyIds = [],
            },
        ];
}
