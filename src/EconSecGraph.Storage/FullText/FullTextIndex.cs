using System.Numerics;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.Internal;
using EconSecGraph.Storage.Schema;

namespace EconSecGraph.Storage.FullText;

/// <summary>
/// A committed full-text index: an inverted index (term → <see cref="PostingList"/> with positions
/// and field lengths), the terms in order (<see cref="TermDictionary"/>, for prefix scans) and per
/// document field lengths and terms (to remove a document). Immutable; a commit that touches indexed
/// entities produces a new instance sharing the unchanged posting lists.
/// </summary>
internal sealed class FullTextIndex
{
    internal FullTextIndex(
        IndexDescriptor descriptor,
        LayeredMap<string, PostingList> postings,
        LayeredMap<long, DocInfo> docs,
        TermDictionary? terms,
        long[] fieldLengthTotals,
        int[] fieldDocCounts
    )
    {
        Descriptor = descriptor;
        Analyzer = Analyzers.Get(descriptor.Analyzer ?? Analyzers.DefaultName)!;
        Postings = postings;
        Docs = docs;
        _terms = terms;
        FieldLengthTotals = fieldLengthTotals;
        FieldDocCounts = fieldDocCounts;
    }

    public IndexDescriptor Descriptor { get; }

    public Analyzer Analyzer { get; }

    /// <summary>Term → postings; layered so a commit copies only its changes.</summary>
    public LayeredMap<string, PostingList> Postings { get; }

    /// <summary>Indexed entity → field lengths and terms.</summary>
    public LayeredMap<long, DocInfo> Docs { get; }

    private TermDictionary? _terms;

    /// <summary>
    /// The terms in ordinal order (may still list a few whose postings are gone). Sorted on first use
    /// (the first prefix, wildcard or fuzzy query), so opening a store does not pay for it; later
    /// commits extend it instead of sorting again.
    /// </summary>
    public TermDictionary Terms
    {
        get
        {
            if (_terms is { } terms)
            {
                return terms;
            }
            var built = TermDictionary.Of([.. Postings.Keys]);
            return Interlocked.CompareExchange(ref _terms, built, null) ?? built;
        }
    }

    public long[] FieldLengthTotals { get; }

    public int[] FieldDocCounts { get; }

    /// <summary>Builds the index over every entity of <paramref name="view"/> it covers, in one bulk pass.</summary>
    public static FullTextIndex Build(IndexDescriptor descriptor, GraphView view)
    {
        var ids = CoveredIds(descriptor, view);
        var builder = new FullTextIndexBuilder(descriptor, ids.Length);
        var keys = descriptor.PropertyKeyIds;
        var nodes = descriptor.EntityType == EntityType.Node;
        foreach (var id in ids)
        {
            builder.BeginDocument(id);
            for (var f = 0; f < keys.Count; f++)
            {
                // strings are read straight from the property bytes, without a value object
                if (
                    nodes
                        ? view.TryGetNodeString(id, keys[f], out var text)
                        : view.TryGetRelationshipString(id, keys[f], out text)
                )
                {
                    builder.AddField(f, text);
                }
                else
                {
                    builder.AddField(
                        f,
                        nodes ? view.GetNodeProperty(id, keys[f]) : view.GetRelationshipProperty(id, keys[f])
                    );
                }
            }
            builder.EndDocument();
        }
        return builder.Build();
    }

    /// <summary>
    /// The covered entities in ascending id order, each once (a node with several of the index's labels
    /// is in several scans): marked in a bitmap over the id space, then read out in order — no sort,
    /// no growing list, the result sized exactly.
    /// </summary>
    private static long[] CoveredIds(IndexDescriptor descriptor, GraphView view)
    {
        var nodes = descriptor.EntityType == EntityType.Node;
        var upper = nodes ? view.NodeIdUpperBound : view.RelationshipIdUpperBound;
        var bits = new ulong[(upper + 63) / 64];
        foreach (var labelOrType in descriptor.LabelOrTypeIds)
        {
            if (nodes)
            {
                var scan = view.NodesWithLabel(labelOrType);
                while (scan.MoveNext())
                {
                    Mark(bits, scan.Current);
                }
            }
            else
            {
                var scan = view.RelationshipsOfType(labelOrType);
                while (scan.MoveNext())
                {
                    Mark(bits, scan.Current.Id);
                }
            }
        }
        var count = 0L;
        foreach (var word in bits)
        {
            count += BitOperations.PopCount(word);
        }
        var ids = new long[count];
        var n = 0;
        for (var w = 0; w < bits.Length; w++)
        {
            var word = bits[w];
            while (word != 0)
            {
                ids[n++] = (w * 64L) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }
        return ids;
    }

    private static void Mark(ulong[] bits, long id) => bits[id >> 6] |= 1UL << (int)(id & 63);

    private static void ReadValues(IndexDescriptor descriptor, GraphView view, long id, CypherValue?[] into)
    {
        for (var f = 0; f < into.Length; f++)
        {
            into[f] =
                descriptor.EntityType == EntityType.Node
                    ? view.GetNodeProperty(id, descriptor.PropertyKeyIds[f])
                    : view.GetRelationshipProperty(id, descriptor.PropertyKeyIds[f]);
        }
    }

    /// <summary>A new index with the documents of <paramref name="changed"/> re-read from <paramref name="view"/>.</summary>
    public FullTextIndex Update(IReadOnlyCollection<long> changed, GraphView view)
    {
        var postings = Postings.Edit();
        var docs = Docs.Edit();
        var totals = (long[])FieldLengthTotals.Clone();
        var docCounts = (int[])FieldDocCounts.Clone();
        var removals = new Dictionary<string, HashSet<long>>(StringComparer.Ordinal);
        foreach (var id in changed)
        {
            if (docs.Remove(id, out var old))
            {
                for (var f = 0; f < old.FieldLengths.Length; f++)
                {
                    if (old.FieldLengths[f] > 0)
                    {
                        totals[f] -= old.FieldLengths[f];
                        docCounts[f]--;
                    }
                }
                foreach (var term in old.Terms)
                {
                    if (!removals.TryGetValue(term, out var set))
                    {
                        set = [];
                        removals[term] = set;
                    }
                    set.Add(id);
                }
            }
        }
        foreach (var (term, set) in removals)
        {
            var kept = postings[term].Without(set);
            if (kept is null)
            {
                postings.Remove(term);
            }
            else
            {
                postings[term] = kept;
            }
        }
        var builder = new FullTextIndexBuilder(Descriptor, changed.Count);
        var values = new CypherValue?[Descriptor.Properties.Count];
        var ids = changed.ToArray();
        Array.Sort(ids);
        foreach (var id in ids)
        {
            if (Covers(view, id))
            {
                ReadValues(Descriptor, view, id, values);
                builder.Add(id, values);
            }
        }
        var added = builder.Build();
        foreach (var (id, info) in added.Docs)
        {
            docs[id] = info;
        }
        for (var f = 0; f < totals.Length; f++)
        {
            totals[f] += added.FieldLengthTotals[f];
            docCounts[f] += added.FieldDocCounts[f];
        }
        var newTerms = new List<string>();
        foreach (var (term, list) in added.Postings)
        {
            if (postings.TryGetValue(term, out var existing))
            {
                postings[term] = existing.Merge(list);
            }
            else
            {
                postings[term] = list;
                newTerms.Add(term);
            }
        }
        var built = postings.Build();
        return new FullTextIndex(
            Descriptor,
            built,
            docs.Build(),
            Volatile.Read(ref _terms)?.With(newTerms, built),
            totals,
            docCounts
        );
    }

    private bool Covers(GraphView view, long id)
    {
        if (Descriptor.EntityType == EntityType.Node)
        {
            if (!view.NodeExists(id))
            {
                return false;
            }
            foreach (var label in Descriptor.LabelOrTypeIds)
            {
                if (view.HasLabel(id, label))
                {
                    return true;
                }
            }
            return false;
        }
        return view.TryGetRelationship(id, out var rel) && Descriptor.LabelOrTypeIds.Contains(rel.TypeId);
    }
}
