using System.Runtime.InteropServices;
using EconSecGraph.Storage.Internal;
using EconSecGraph.Storage.Schema;

namespace EconSecGraph.Storage.FullText;

/// <summary>
/// A committed full-text index: an inverted index (term → postings with positions) plus per-document
/// field lengths for BM25. Immutable; a commit that touches indexed entities produces a new instance
/// sharing the unchanged posting arrays.
/// </summary>
internal sealed class FullTextIndex
{
    private FullTextIndex(
        IndexDescriptor descriptor,
        LayeredMap<string, Posting[]> postings,
        LayeredMap<long, DocInfo> docs,
        long[] fieldLengthTotals,
        int[] fieldDocCounts
    )
    {
        Descriptor = descriptor;
        Analyzer = Analyzers.Get(descriptor.Analyzer ?? Analyzers.DefaultName)!;
        Postings = postings;
        Docs = docs;
        FieldLengthTotals = fieldLengthTotals;
        FieldDocCounts = fieldDocCounts;
    }

    public IndexDescriptor Descriptor { get; }

    public Analyzer Analyzer { get; }

    /// <summary>Term → postings; layered so a commit copies only its changes.</summary>
    public LayeredMap<string, Posting[]> Postings { get; }

    /// <summary>Indexed entity → field lengths and terms.</summary>
    public LayeredMap<long, DocInfo> Docs { get; }

    public long[] FieldLengthTotals { get; }

    public int[] FieldDocCounts { get; }

    public static FullTextIndex Build(IndexDescriptor descriptor, GraphView view)
    {
        var empty = new FullTextIndex(
            descriptor,
            LayeredMap<string, Posting[]>.Empty(StringComparer.Ordinal),
            LayeredMap<long, DocInfo>.Empty(),
            new long[descriptor.Properties.Count],
            new int[descriptor.Properties.Count]
        );
        var ids = new List<long>();
        if (descriptor.EntityType == EntityType.Node)
        {
            var seen = new HashSet<long>();
            foreach (var label in descriptor.LabelOrTypeIds)
            {
                var scan = view.NodesWithLabel(label);
                while (scan.MoveNext())
                {
                    if (seen.Add(scan.Current))
                    {
                        ids.Add(scan.Current);
                    }
                }
            }
        }
        else
        {
            foreach (var type in descriptor.LabelOrTypeIds)
            {
                var scan = view.RelationshipsOfType(type);
                while (scan.MoveNext())
                {
                    ids.Add(scan.Current.Id);
                }
            }
        }
        return empty.Update(ids, view);
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
            var kept = postings[term].Where(p => !set.Contains(p.Doc)).ToArray();
            if (kept.Length == 0)
            {
                postings.Remove(term);
            }
            else
            {
                postings[term] = kept;
            }
        }
        // Term → its new postings; one string instance per term, which DocInfo.Terms of every document share.
        // Most terms of a large build occur once (ids, codes): their first posting is kept inline, so such a
        // term costs no list.
        var additions = new Dictionary<string, (string Term, Posting First, List<Posting>? More)>(
            StringComparer.Ordinal
        );
        var tokens = new List<Token>();
        var docTerms = new List<string>();
        docs.EnsureCapacity(changed.Count);
        foreach (var id in changed)
        {
            if (!Covers(view, id))
            {
                continue;
            }
            var lengths = new int[Descriptor.Properties.Count];
            var fieldCount = 0;
            docTerms.Clear();
            for (var f = 0; f < lengths.Length; f++)
            {
                tokens.Clear();
                var value =
                    Descriptor.EntityType == EntityType.Node
                        ? view.GetNodeProperty(id, Descriptor.PropertyKeyIds[f])
                        : view.GetRelationshipProperty(id, Descriptor.PropertyKeyIds[f]);
                var position = 0;
                switch (value)
                {
                    case Graph.Values.CypherString s:
                        position = Analyzer.Analyze(s.Value, tokens);
                        break;
                    case Graph.Values.CypherList list:
                        foreach (var item in list)
                        {
                            if (item is Graph.Values.CypherString si)
                            {
                                position = Analyzer.Analyze(si.Value, tokens, position) + 100;
                            }
                        }
                        break;
                    default:
                        continue;
                }
                if (tokens.Count == 0)
                {
                    continue;
                }
                lengths[f] = tokens.Count;
                totals[f] += tokens.Count;
                docCounts[f]++;
                fieldCount++;
                // runs of one term, positions ascending (no per-document grouping objects)
                tokens.Sort(s_byTermThenPosition);
                for (var i = 0; i < tokens.Count; )
                {
                    var j = i + 1;
                    while (j < tokens.Count && string.Equals(tokens[j].Term, tokens[i].Term, StringComparison.Ordinal))
                    {
                        j++;
                    }
                    ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(
                        additions,
                        tokens[i].Term,
                        out var known
                    );
                    var posting = new Posting(id, f, Positions(tokens, i, j));
                    if (!known)
                    {
                        entry = (tokens[i].Term, posting, null);
                    }
                    else
                    {
                        (entry.More ??= []).Add(posting);
                    }
                    if (fieldCount == 1 || !docTerms.Contains(entry.Term))
                    {
                        docTerms.Add(entry.Term);
                    }
                    i = j;
                }
            }
            if (fieldCount > 0)
            {
                docs[id] = new DocInfo(SharedLengths(lengths, fieldCount), [.. docTerms]);
            }
        }
        postings.EnsureCapacity(additions.Count);
        foreach (var (term, first, rest) in additions.Values)
        {
            postings.TryGetValue(term, out var existing);
            existing ??= [];
            var merged = new Posting[existing.Length + 1 + (rest?.Count ?? 0)];
            existing.CopyTo(merged, 0);
            merged[existing.Length] = first;
            rest?.CopyTo(merged, existing.Length + 1);
            postings[term] = merged;
        }
        return new FullTextIndex(Descriptor, postings.Build(), docs.Build(), totals, docCounts);
    }

    // Most postings of short texts have one position and most documents of a one-field index have a small
    // length: those arrays are shared (they are never written after construction), which saves an array
    // per posting and per document.
    private const int SharedLimit = 256;
    private static readonly int[][] s_single = Enumerable.Range(0, SharedLimit).Select(i => new[] { i }).ToArray();

    private static readonly Comparison<Token> s_byTermThenPosition = static (a, b) =>
    {
        var c = string.CompareOrdinal(a.Term, b.Term);
        return c != 0 ? c : a.Position.CompareTo(b.Position);
    };

    private static int[] Positions(List<Token> tokens, int from, int to)
    {
        if (to - from == 1)
        {
            var p = tokens[from].Position;
            return (uint)p < SharedLimit ? s_single[p] : [p];
        }
        var positions = new int[to - from];
        for (var k = from; k < to; k++)
        {
            positions[k - from] = tokens[k].Position;
        }
        return positions;
    }

    private static int[] SharedLengths(int[] lengths, int fieldCount) =>
        lengths.Length == 1 && fieldCount == 1 && (uint)lengths[0] < SharedLimit ? s_single[lengths[0]] : lengths;

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
