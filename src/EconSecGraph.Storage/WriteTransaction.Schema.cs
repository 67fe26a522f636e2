using System.Globalization;
using System.Text;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.FullText;
using EconSecGraph.Storage.Indexing;
using EconSecGraph.Storage.Internal;
using EconSecGraph.Storage.Schema;

namespace EconSecGraph.Storage;

public sealed partial class WriteTransaction
{
    /// <summary>
    /// <c>CREATE [TEXT|POINT] INDEX [name] [IF NOT EXISTS] FOR (n:L) ON (n.p, …)</c> (or a relationship
    /// type). Populated at once from existing data. Errors follow Neo4j 5: an equivalent index →
    /// EquivalentSchemaRuleAlreadyExists, same schema → IndexAlreadyExists, same name → IndexWithNameAlreadyExists.
    /// With <paramref name="ifNotExists"/> a clash does nothing (Changed = false).
    /// </summary>
    public SchemaChange<IndexDescriptor> CreateIndex(
        string? name,
        EntityType entityType,
        string labelOrType,
        IReadOnlyList<string> properties,
        IndexType type = IndexType.Range,
        bool ifNotExists = false
    ) => CreateIndexCore(-1, name, entityType, labelOrType, properties, type, ifNotExists);

    /// <summary>
    /// <c>CREATE CONSTRAINT [name] [IF NOT EXISTS] FOR (n:L) REQUIRE n.p IS UNIQUE</c> (also composite and
    /// relationship uniqueness). Backed by a range index of the same name. Fails with
    /// ConstraintCreationFailed when existing data has duplicates.
    /// </summary>
    public SchemaChange<ConstraintDescriptor> CreateUniqueConstraint(
        string? name,
        EntityType entityType,
        string labelOrType,
        IReadOnlyList<string> properties,
        bool ifNotExists = false
    ) => CreateConstraintCore(-1, name, entityType, labelOrType, properties, ifNotExists);

    /// <summary>
    /// <c>CREATE FULLTEXT INDEX name [IF NOT EXISTS] FOR (n:A|B) ON EACH [n.x, n.y] OPTIONS {indexConfig: {…}}</c>.
    /// <paramref name="analyzer"/> null means <c>standard-no-stop-words</c>; unknown analyzers are refused.
    /// </summary>
    public SchemaChange<IndexDescriptor> CreateFullTextIndex(
        string name,
        EntityType entityType,
        IReadOnlyList<string> labelsOrTypes,
        IReadOnlyList<string> properties,
        string? analyzer = null,
        bool eventuallyConsistent = false,
        bool ifNotExists = false
    ) =>
        CreateFullTextCore(
            -1,
            name,
            entityType,
            labelsOrTypes,
            properties,
            analyzer,
            eventuallyConsistent,
            ifNotExists
        );

    /// <summary><c>DROP INDEX name [IF EXISTS]</c>. Indexes owned by a constraint cannot be dropped this way.</summary>
    public SchemaChange<IndexDescriptor> DropIndex(string name, bool ifExists = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        EnsureWritable(schema: true);
        var schema = _state.Schema;
        var descriptor = schema.AllDescriptors.FirstOrDefault(d =>
            string.Equals(d.Name, name, StringComparison.Ordinal)
        );
        if (descriptor is null)
        {
            if (ifExists)
            {
                return new SchemaChange<IndexDescriptor>(null, false);
            }
            Fail(
                new CypherException(
                    Neo4jStatusCodes.IndexDropFailed,
                    $"Unable to drop index called `{name}`. There is no index with that name."
                )
            );
        }
        if (descriptor.OwningConstraint is { } owner)
        {
            Fail(
                new CypherException(
                    Neo4jStatusCodes.IndexDropFailed,
                    $"Unable to drop index: Index belongs to constraint: `{owner}`. Drop the constraint instead."
                )
            );
        }
        _state.Schema = schema.With(
            indexes: [.. schema.Indexes.Where(i => i.Descriptor.Id != descriptor.Id)],
            fullText: [.. schema.FullText.Where(i => i.Descriptor.Id != descriptor.Id)],
            lookups: [.. schema.Lookups.Where(i => i.Id != descriptor.Id)]
        );
        JournalDrop(TxOp.DropIndex, name);
        return new SchemaChange<IndexDescriptor>(descriptor, true);
    }

    /// <summary><c>DROP CONSTRAINT name [IF EXISTS]</c>; drops its index too.</summary>
    public SchemaChange<ConstraintDescriptor> DropConstraint(string name, bool ifExists = false)
    {
        ArgumentNullException.ThrowIfNull(name);
        EnsureWritable(schema: true);
        var schema = _state.Schema;
        var constraint = Array.Find(schema.Constraints, c => string.Equals(c.Name, name, StringComparison.Ordinal));
        if (constraint is null)
        {
            if (ifExists)
            {
                return new SchemaChange<ConstraintDescriptor>(null, false);
            }
            Fail(
                new CypherException(
                    Neo4jStatusCodes.ConstraintDropFailed,
                    $"Unable to drop constraint `{name}`: No such constraint {name}."
                )
            );
        }
        _state.Schema = schema.With(
            indexes:
            [
                .. schema.Indexes.Where(i =>
                    !string.Equals(i.Descriptor.OwningConstraint, name, StringComparison.Ordinal)
                ),
            ],
            constraints: [.. schema.Constraints.Where(c => c.Id != constraint.Id)]
        );
        JournalDrop(TxOp.DropConstraint, name);
        return new SchemaChange<ConstraintDescriptor>(constraint, true);
    }

    internal SchemaChange<IndexDescriptor> CreateIndexCore(
        long forcedId,
        string? name,
        EntityType entityType,
        string labelOrType,
        IReadOnlyList<string> properties,
        IndexType type,
        bool ifNotExists
    )
    {
        ArgumentNullException.ThrowIfNull(labelOrType);
        ArgumentNullException.ThrowIfNull(properties);
        EnsureWritable(schema: true);
        if (type is IndexType.FullText or IndexType.Lookup)
        {
            throw new ArgumentException("Use CreateFullTextIndex for full-text indexes.", nameof(type));
        }
        if (properties.Count == 0 || (type != IndexType.Range && properties.Count != 1))
        {
            Fail(
                new CypherException(
                    Neo4jStatusCodes.SyntaxError,
                    $"{type.ToString().ToUpperInvariant()} indexes need {(type == IndexType.Range ? "at least one property" : "exactly one property")}."
                )
            );
        }
        var schemaText = IndexDescriptor.SchemaText(entityType, [labelOrType], properties);
        name ??= GeneratedName("index", $"{type}{schemaText}");
        var schema = _state.Schema;
        var sameName = schema.AllDescriptors.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));
        var sameSchema = schema.Indexes.FirstOrDefault(i =>
            i.Descriptor.EntityType == entityType
            && string.Equals(i.Descriptor.LabelsOrTypes[0], labelOrType, StringComparison.Ordinal)
            && i.Descriptor.Properties.SequenceEqual(properties, StringComparer.Ordinal)
            && i.Descriptor.Type == type
        );
        if (sameName is not null && sameSchema is not null && sameName.Id == sameSchema.Descriptor.Id)
        {
            if (ifNotExists)
            {
                return new SchemaChange<IndexDescriptor>(sameName, false);
            }
            Fail(
                new CypherException(
                    Neo4jStatusCodes.EquivalentSchemaRuleAlreadyExists,
                    $"An equivalent index already exists, '{sameName.Describe()}'."
                )
            );
        }
        var sameNameConstraint = Array.Find(
            schema.Constraints,
            c => string.Equals(c.Name, name, StringComparison.Ordinal)
        );
        if (sameName is not null || sameNameConstraint is not null)
        {
            if (ifNotExists)
            {
                return new SchemaChange<IndexDescriptor>(sameName, false);
            }
            Fail(
                sameNameConstraint is not null
                    ? new CypherException(
                        Neo4jStatusCodes.ConstraintWithNameAlreadyExists,
                        $"There already exists a constraint called '{name}'."
                    )
                    : new CypherException(
                        Neo4jStatusCodes.IndexWithNameAlreadyExists,
                        $"There already exists an index called '{name}'."
                    )
            );
        }
        if (sameSchema is not null)
        {
            if (ifNotExists)
            {
                return new SchemaChange<IndexDescriptor>(sameSchema.Descriptor, false);
            }
            Fail(
                sameSchema.Descriptor.OwningConstraint is not null
                    ? new CypherException(
                        Neo4jStatusCodes.IndexAlreadyExists,
                        $"There is a uniqueness constraint on {schemaText}, so an index is already created that matches this."
                    )
                    : new CypherException(
                        Neo4jStatusCodes.IndexAlreadyExists,
                        $"There already exists an index {schemaText}."
                    )
            );
        }
        var descriptor = MakeDescriptor(forcedId, name, type, entityType, [labelOrType], properties, null);
        var index = new PropertyIndex(descriptor, BuildRun(descriptor, type, out _), unique: false);
        _state.Schema = _state.Schema.With(
            indexes: [.. _state.Schema.Indexes, index],
            nextId: NextSchemaId(descriptor.Id)
        );
        JournalIndex(TxOp.CreateIndex, descriptor);
        return new SchemaChange<IndexDescriptor>(descriptor, true);
    }

    internal SchemaChange<ConstraintDescriptor> CreateConstraintCore(
        long forcedId,
        string? name,
        EntityType entityType,
        string labelOrType,
        IReadOnlyList<string> properties,
        bool ifNotExists
    )
    {
        ArgumentNullException.ThrowIfNull(labelOrType);
        ArgumentNullException.ThrowIfNull(properties);
        EnsureWritable(schema: true);
        if (properties.Count == 0)
        {
            Fail(
                new CypherException(
                    Neo4jStatusCodes.SyntaxError,
                    "A uniqueness constraint needs at least one property."
                )
            );
        }
        var schemaText = IndexDescriptor.SchemaText(entityType, [labelOrType], properties);
        name ??= GeneratedName("constraint", "UNIQUENESS" + schemaText);
        var schema = _state.Schema;
        var same = Array.Find(
            schema.Constraints,
            c =>
                c.EntityType == entityType
                && string.Equals(c.LabelOrType, labelOrType, StringComparison.Ordinal)
                && c.Properties.SequenceEqual(properties, StringComparer.Ordinal)
        );
        var sameName = Array.Find(schema.Constraints, c => string.Equals(c.Name, name, StringComparison.Ordinal));
        if (same is not null && sameName is not null && same.Id == sameName.Id)
        {
            if (ifNotExists)
            {
                return new SchemaChange<ConstraintDescriptor>(same, false);
            }
            Fail(
                new CypherException(
                    Neo4jStatusCodes.EquivalentSchemaRuleAlreadyExists,
                    $"An equivalent constraint already exists, '{same.Describe(OwnedIndexId(same))}'."
                )
            );
        }
        var sameNameIndex = schema.AllDescriptors.FirstOrDefault(d =>
            string.Equals(d.Name, name, StringComparison.Ordinal)
        );
        if (sameName is not null || sameNameIndex is not null)
        {
            if (ifNotExists)
            {
                return new SchemaChange<ConstraintDescriptor>(sameName, false);
            }
            Fail(
                sameName is not null
                    ? new CypherException(
                        Neo4jStatusCodes.ConstraintWithNameAlreadyExists,
                        $"There already exists a constraint called '{name}'."
                    )
                    : new CypherException(
                        Neo4jStatusCodes.IndexWithNameAlreadyExists,
                        $"There already exists an index called '{name}'."
                    )
            );
        }
        if (same is not null)
        {
            if (ifNotExists)
            {
                return new SchemaChange<ConstraintDescriptor>(same, false);
            }
            Fail(
                new CypherException(
                    Neo4jStatusCodes.ConstraintAlreadyExists,
                    $"Constraint already exists: {same.Describe(OwnedIndexId(same))}"
                )
            );
        }
        var clashingIndex = schema.Indexes.FirstOrDefault(i =>
            i.Descriptor.Type == IndexType.Range
            && i.Descriptor.EntityType == entityType
            && string.Equals(i.Descriptor.LabelsOrTypes[0], labelOrType, StringComparison.Ordinal)
            && i.Descriptor.Properties.SequenceEqual(properties, StringComparer.Ordinal)
        );
        if (clashingIndex is not null)
        {
            if (ifNotExists)
            {
                return new SchemaChange<ConstraintDescriptor>(null, false);
            }
            Fail(
                new CypherException(
                    Neo4jStatusCodes.IndexAlreadyExists,
                    $"There already exists an index {schemaText}. A constraint cannot be created until the index has been dropped."
                )
            );
        }
        var indexDescriptor = MakeDescriptor(
            forcedId,
            name,
            IndexType.Range,
            entityType,
            [labelOrType],
            properties,
            name
        );
        var run = BuildRun(indexDescriptor, IndexType.Range, out var duplicate);
        if (duplicate is { } dup)
        {
            var values = new StringBuilder();
            for (var i = 0; i < properties.Count; i++)
            {
                if (i > 0)
                {
                    values.Append(", ");
                }
                var v =
                    entityType == EntityType.Node
                        ? GetNodeProperty(dup.A, indexDescriptor.PropertyKeyIds[i])
                        : GetRelationshipProperty(dup.A, indexDescriptor.PropertyKeyIds[i]);
                values.Append('`').Append(properties[i]).Append("` = ").Append(CypherLiteral.Render(v));
            }
            var kind = entityType == EntityType.Node ? "Node" : "Relationship";
            Fail(
                new CypherException(
                    Neo4jStatusCodes.ConstraintCreationFailed,
                    $"Unable to create Constraint( name='{name}', type='{(entityType == EntityType.Node ? "UNIQUENESS" : "RELATIONSHIP_UNIQUENESS")}', schema={schemaText} ):\n"
                        + $"Both {kind}({dup.A.ToString(CultureInfo.InvariantCulture)}) and {kind}({dup.B.ToString(CultureInfo.InvariantCulture)}) have the {(entityType == EntityType.Node ? "label" : "type")} `{labelOrType}` and {(properties.Count == 1 ? "property" : "properties")} {values}"
                )
            );
        }
        var constraint = new ConstraintDescriptor
        {
            Id = indexDescriptor.Id + 1,
            Name = name,
            Type = ConstraintType.Uniqueness,
            EntityType = entityType,
            LabelOrType = labelOrType,
            LabelOrTypeId = indexDescriptor.LabelOrTypeIds[0],
            Properties = [.. properties],
            PropertyKeyIds = indexDescriptor.PropertyKeyIds,
            OwnedIndex = name,
        };
        _state.Schema = _state.Schema.With(
            indexes: [.. _state.Schema.Indexes, new PropertyIndex(indexDescriptor, run, unique: true)],
            constraints: [.. _state.Schema.Constraints, constraint],
            nextId: NextSchemaId(constraint.Id)
        );
        JournalIndex(TxOp.CreateConstraint, indexDescriptor);
        return new SchemaChange<ConstraintDescriptor>(constraint, true);
    }

    internal SchemaChange<IndexDescriptor> CreateFullTextCore(
        long forcedId,
        string name,
        EntityType entityType,
        IReadOnlyList<string> labelsOrTypes,
        IReadOnlyList<string> properties,
        string? analyzer,
        bool eventuallyConsistent,
        bool ifNotExists
    )
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(labelsOrTypes);
        ArgumentNullException.ThrowIfNull(properties);
        EnsureWritable(schema: true);
        if (labelsOrTypes.Count == 0 || properties.Count == 0)
        {
            Fail(
                new CypherException(
                    Neo4jStatusCodes.SyntaxError,
                    "A full-text index needs at least one label (or relationship type) and one property."
                )
            );
        }
        analyzer ??= Analyzers.DefaultName;
        if (Analyzers.Get(analyzer) is null)
        {
            Fail(
                new CypherException(
                    Neo4jStatusCodes.ArgumentError,
                    $"'{analyzer}' is not a supported full-text analyzer. Supported: {string.Join(", ", Analyzers.All.Select(a => a.Name))} (see db.index.fulltext.listAvailableAnalyzers())."
                )
            );
        }
        var schema = _state.Schema;
        var sameName = schema.AllDescriptors.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));
        var sameSchema = schema.FullText.FirstOrDefault(f =>
            f.Descriptor.EntityType == entityType
            && f.Descriptor.LabelsOrTypes.Order(StringComparer.Ordinal)
                .SequenceEqual(labelsOrTypes.Order(StringComparer.Ordinal), StringComparer.Ordinal)
            && f.Descriptor.Properties.Order(StringComparer.Ordinal)
                .SequenceEqual(properties.Order(StringComparer.Ordinal), StringComparer.Ordinal)
        );
        if (
            sameName is not null
            || sameSchema is not null
            || Array.Exists(schema.Constraints, c => string.Equals(c.Name, name, StringComparison.Ordinal))
        )
        {
            if (ifNotExists)
            {
                return new SchemaChange<IndexDescriptor>(sameName ?? sameSchema?.Descriptor, false);
            }
            if (sameName is not null && sameSchema is not null && sameName.Id == sameSchema.Descriptor.Id)
            {
                Fail(
                    new CypherException(
                        Neo4jStatusCodes.EquivalentSchemaRuleAlreadyExists,
                        $"An equivalent index already exists, '{sameName.Describe()}'."
                    )
                );
            }
            if (sameName is not null)
            {
                Fail(
                    new CypherException(
                        Neo4jStatusCodes.IndexWithNameAlreadyExists,
                        $"There already exists an index called '{name}'."
                    )
                );
            }
            if (sameSchema is not null)
            {
                Fail(
                    new CypherException(
                        Neo4jStatusCodes.IndexAlreadyExists,
                        $"There already exists an index {IndexDescriptor.SchemaText(entityType, labelsOrTypes, properties)}."
                    )
                );
            }
            Fail(
                new CypherException(
                    Neo4jStatusCodes.ConstraintWithNameAlreadyExists,
                    $"There already exists a constraint called '{name}'."
                )
            );
        }
        var descriptor = MakeDescriptor(
            forcedId,
            name,
            IndexType.FullText,
            entityType,
            labelsOrTypes,
            properties,
            null
        ) with
        {
            Analyzer = analyzer,
            EventuallyConsistent = eventuallyConsistent,
        };
        var index = FullTextIndex.Build(descriptor, this);
        _state.Schema = _state.Schema.With(
            fullText: [.. _state.Schema.FullText, index],
            nextId: NextSchemaId(descriptor.Id)
        );
        JournalIndex(TxOp.CreateIndex, descriptor);
        return new SchemaChange<IndexDescriptor>(descriptor, true);
    }

    private long NextSchemaId(long used) => Math.Max(_state.Schema.NextId, used + 1);

    private long OwnedIndexId(ConstraintDescriptor constraint) =>
        _state
            .Schema.Indexes.FirstOrDefault(i =>
                string.Equals(i.Descriptor.Name, constraint.OwnedIndex, StringComparison.Ordinal)
            )
            ?.Descriptor.Id
        ?? -1;

    private IndexDescriptor MakeDescriptor(
        long forcedId,
        string name,
        IndexType type,
        EntityType entityType,
        IReadOnlyList<string> tokens,
        IReadOnlyList<string> properties,
        string? owner
    )
    {
        // loops: LINQ projecting to int is JIT-compiled on first use (not precompiled)
        var tokenIds = new int[tokens.Count];
        for (var i = 0; i < tokenIds.Length; i++)
        {
            tokenIds[i] =
                entityType == EntityType.Node
                    ? GetOrCreateLabelId(tokens[i])
                    : GetOrCreateRelationshipTypeId(tokens[i]);
        }
        var keyIds = new int[properties.Count];
        for (var i = 0; i < keyIds.Length; i++)
        {
            keyIds[i] = GetOrCreatePropertyKeyId(properties[i]);
        }
        return new IndexDescriptor
        {
            Id = forcedId >= 0 ? forcedId : _state.Schema.NextId,
            Name = name,
            Type = type,
            EntityType = entityType,
            LabelsOrTypes = [.. tokens],
            LabelOrTypeIds = tokenIds,
            Properties = [.. properties],
            PropertyKeyIds = keyIds,
            OwningConstraint = owner,
        };
    }

    /// <summary>Builds an index's run from the current data; reports the first duplicate key pair.</summary>
    private SortedRun BuildRun(IndexDescriptor descriptor, IndexType type, out (long A, long B)? duplicate)
    {
        var probe = new PropertyIndex(descriptor, SortedRun.Empty, false);
        // made on the first entry: an index created on an empty store (the usual first statement) then
        // costs no list of tuples, which is JIT-compiled on first use (ReadyToRun cannot precompile it)
        List<(string Key, long Id)>? entries = null;
        var token = descriptor.LabelOrTypeIds[0];
        if (descriptor.EntityType == EntityType.Node)
        {
            var scan = NodesWithLabel(token);
            while (scan.MoveNext())
            {
                var key = KeyFor(probe, _state.PropertyBody(_state.NodeProps.Get(scan.Current)));
                if (key is not null)
                {
                    (entries ??= []).Add((key, scan.Current));
                }
            }
        }
        else
        {
            var scan = RelationshipsOfType(token);
            while (scan.MoveNext())
            {
                var id = scan.Current.Id;
                var key = KeyFor(probe, _state.PropertyBody(_state.RelProps.Get(id)));
                if (key is not null)
                {
                    (entries ??= []).Add((key, id));
                }
            }
        }
        _ = type;
        duplicate = null;
        if (entries is null)
        {
            return SortedRun.Empty;
        }
        var run = SortedRun.Build(entries);
        for (var i = 1; i < run.Count; i++)
        {
            if (run.Key(i).SequenceEqual(run.Key(i - 1)))
            {
                duplicate = (run.Id(i - 1), run.Id(i));
                break;
            }
        }
        return run;
    }

    private static string GeneratedName(string prefix, string text)
    {
        uint hash = 2166136261;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619;
        }
        return prefix + "_" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    private void JournalIndex(byte op, IndexDescriptor d)
    {
        if (_journal is null || _replaying)
        {
            return;
        }
        Durability.CheckpointWriter.WriteDescriptor(_journal.Ops, op, d);
        _journal.AfterOp();
    }

    private void JournalDrop(byte op, string name)
    {
        if (_journal is null || _replaying)
        {
            return;
        }
        _journal.Ops.WriteByte(op);
        _journal.Ops.WriteString(name);
        _journal.AfterOp();
    }
}
