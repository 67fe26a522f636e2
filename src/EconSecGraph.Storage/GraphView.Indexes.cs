using System.Runtime.CompilerServices;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage.Indexing;
using EconSecGraph.Storage.Schema;

namespace EconSecGraph.Storage;

public abstract partial class GraphView
{
    private delegate bool KeyPredicate(ReadOnlySpan<char> key);

    /// <summary>All indexes (lookup, range, text, point, full-text) ordered by id, as <c>SHOW INDEXES</c> lists them.</summary>
    public IReadOnlyList<IndexDescriptor> Indexes => [.. S.Schema.AllDescriptors];

    /// <summary>All constraints ordered by id, as <c>SHOW CONSTRAINTS</c> lists them.</summary>
    public IReadOnlyList<ConstraintDescriptor> Constraints => S.Schema.Constraints;

    public IndexDescriptor? GetIndex(string name) =>
        S.Schema.AllDescriptors.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));

    public ConstraintDescriptor? GetConstraint(string name) =>
        Array.Find(S.Schema.Constraints, c => string.Equals(c.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// The property index (RANGE preferred, then TEXT, then POINT) on exactly these properties of
    /// the label or relationship type, or null. Use it to plan seeks.
    /// </summary>
    public IndexDescriptor? FindIndex(EntityType entityType, int labelOrTypeId, params int[] propertyKeyIds)
    {
        ArgumentNullException.ThrowIfNull(propertyKeyIds);
        if (labelOrTypeId < 0)
        {
            return null;
        }
        IndexDescriptor? best = null;
        foreach (var index in S.Schema.IndexesFor(entityType, labelOrTypeId))
        {
            if (!index.Descriptor.PropertyKeyIds.SequenceEqual(propertyKeyIds))
            {
                continue;
            }
            if (best is null || index.Descriptor.Type < best.Type)
            {
                best = index.Descriptor;
            }
        }
        return best;
    }

    /// <summary>All property indexes (not full-text) on the label or relationship type.</summary>
    public IReadOnlyList<IndexDescriptor> IndexesOn(EntityType entityType, int labelOrTypeId) =>
        labelOrTypeId < 0 ? [] : [.. S.Schema.IndexesFor(entityType, labelOrTypeId).Select(i => i.Descriptor)];

    /// <summary>Entry and distinct-key counts of a property index (committed data).</summary>
    public IndexStatistics GetIndexStatistics(IndexDescriptor index)
    {
        var idx = Resolve(index);
        long distinct = 0;
        // keys are views of immutable storage, so the previous one stays valid after Next
        ReadOnlySpan<char> previous = default;
        for (var cursor = idx.Seek([]); cursor.Valid; cursor.Next())
        {
            if (distinct == 0 || !cursor.Key.SequenceEqual(previous))
            {
                distinct++;
                previous = cursor.Key;
            }
        }
        return new IndexStatistics(idx.Count, distinct);
    }

    /// <summary>Entities whose indexed properties equal <paramref name="values"/> (Cypher equality: 1 = 1.0), in id order.</summary>
    public IReadOnlyList<long> SeekExact(IndexDescriptor index, params CypherValue[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var idx = Resolve(index);
        if (values.Length != idx.Descriptor.PropertyKeyIds.Count)
        {
            throw new ArgumentException("One value per indexed property is needed.", nameof(values));
        }
        var key = IndexKey.Encode(values);
        if (key is null)
        {
            return [];
        }
        return Collect(idx, key, true, key, true, null);
    }

    /// <summary>
    /// Entities whose (single) indexed property lies in the range, in index order. Both bounds must be
    /// of the same type family (numbers, strings, one temporal type…); values of other types never match,
    /// as in Cypher. A null bound is open.
    /// </summary>
    public IReadOnlyList<long> SeekRange(
        IndexDescriptor index,
        CypherValue? lower,
        bool lowerInclusive,
        CypherValue? upper,
        bool upperInclusive
    )
    {
        var idx = Resolve(index);
        lower = lower is { IsNull: true } ? null : lower;
        upper = upper is { IsNull: true } ? null : upper;
        if (lower is null && upper is null)
        {
            throw new ArgumentException("A range needs at least one bound.", nameof(lower));
        }
        var category = IndexKey.CategoryOf(lower ?? upper!);
        if (lower is not null && upper is not null && IndexKey.CategoryOf(upper) != category)
        {
            return [];
        }
        if (category is IndexKey.Boolean or IndexKey.List or IndexKey.Bytes or IndexKey.Point or IndexKey.Duration)
        {
            // not orderable in Cypher range predicates (points/durations are compared elsewhere)
            if (category != IndexKey.Boolean)
            {
                return [];
            }
        }
        var lo = lower is null ? category.ToString() : IndexKey.Encode(lower);
        var hi = upper is null ? ((char)(category + 1)).ToString() : IndexKey.Encode(upper);
        if (lo is null || hi is null)
        {
            return []; // NaN bound
        }
        return Collect(idx, lo, lower is null || lowerInclusive, hi, upper is not null && upperInclusive, null);
    }

    /// <summary>Entities whose indexed string property starts with <paramref name="prefix"/>, in index order.</summary>
    public IReadOnlyList<long> SeekPrefix(IndexDescriptor index, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var idx = Resolve(index);
        var lo = IndexKey.String + prefix;
        return Collect(
            idx,
            lo,
            true,
            null,
            false,
            k => k.StartsWith(lo, StringComparison.Ordinal),
            stopAtFirstMiss: true
        );
    }

    /// <summary>
    /// Entities whose indexed string property contains <paramref name="substring"/>. The best plan for
    /// <c>CONTAINS</c> on an indexed property: one vectorised pass over the index's packed keys, far
    /// cheaper than reading every node's properties — or, on a large base run whose bigram postings are
    /// built, only the keys of the substring's rarest bigram. Results in index order.
    /// </summary>
    public IReadOnlyList<long> SeekContains(IndexDescriptor index, string substring) =>
        SeekContains(index, substring, LargeRunChars, waitForPostings: false);

    /// <summary><see cref="SeekContains(IndexDescriptor, string)"/>, with the postings thresholds of <see cref="CountContains(IndexDescriptor, string, int, int, bool)"/>.</summary>
    internal IReadOnlyList<long> SeekContains(
        IndexDescriptor index,
        string substring,
        int postingsChars,
        bool waitForPostings
    )
    {
        ArgumentNullException.ThrowIfNull(substring);
        var idx = Resolve(index);
        if (substring.Length == 0)
        {
            return Collect(idx, IndexKey.String.ToString(), true, "\u0011", false, null);
        }
        var run = idx.Base;
        var hits = new List<(string Key, long Id)>();
        var changes = ChangesOf(idx);
        foreach (
            var hit in CommittedContains(
                idx,
                substring,
                PostingsFor(run, substring, postingsChars, waitForPostings)?.EntriesContaining(run, substring)
            )
        )
        {
            if (hit.DeltaKey is { } key)
            {
                AddCommitted(hits, changes, key, hit.Id, withKey: changes is not null);
            }
            else
            {
                AddCommitted(hits, changes, run.Key(hit.BasePosition), hit.Id, withKey: changes is not null);
            }
        }
        return Finish(hits, changes, k => StringKeyContains(k, substring));
    }

    /// <summary>
    /// <see cref="SeekContains(IndexDescriptor, string)"/> as a lazy sequence, so <c>LIMIT</c> stops the
    /// search early. Without changes in this transaction the hits stream straight from the packed keys or
    /// the postings (index order); otherwise it falls back to the complete, merged list.
    /// </summary>
    public IEnumerable<long> EnumerateContains(IndexDescriptor index, string substring) =>
        EnumerateContains(index, substring, LargeRunChars, waitForPostings: false);

    /// <summary><see cref="EnumerateContains(IndexDescriptor, string)"/>, with the postings thresholds of <see cref="CountContains(IndexDescriptor, string, int, int, bool)"/>.</summary>
    internal IEnumerable<long> EnumerateContains(
        IndexDescriptor index,
        string substring,
        int postingsChars,
        bool waitForPostings
    )
    {
        ArgumentNullException.ThrowIfNull(substring);
        var idx = Resolve(index);
        return substring.Length == 0 || ChangesOf(idx) is not null
            ? SeekContains(index, substring, postingsChars, waitForPostings)
            : CommittedContains(
                    idx,
                    substring,
                    PostingsFor(idx.Base, substring, postingsChars, waitForPostings)
                        ?.EntriesContaining(idx.Base, substring)
                )
                .Select(static h => h.Id);
    }

    /// <summary>
    /// The run's bigram postings when they serve a <c>CONTAINS</c> for <paramref name="substring"/>: the
    /// substring has two characters or more, the run is large (<paramref name="postingsChars"/> characters
    /// of keys or more) with keys of name length, and the postings are built (or
    /// <paramref name="waitForPostings"/>: built here); else null, and the caller scans.
    /// </summary>
    private static BigramPostings? PostingsFor(
        SortedRun run,
        string substring,
        int postingsChars,
        bool waitForPostings
    ) =>
        substring.Length >= 2 && run.Arena.Length >= postingsChars && BigramPostings.Suit(run)
            ? (waitForPostings ? run.Bigrams() : run.BuiltBigrams())
            : null;

    /// <summary>
    /// The committed entries whose string key contains <paramref name="substring"/> (not empty), lazily in
    /// index order: the base run's hits — <paramref name="postingHits"/> when given, else one vectorised
    /// pass over its packed keys — skipping removed entries, merged with the (small) delta's hits.
    /// </summary>
    private static IEnumerable<(long Id, int BasePosition, string? DeltaKey)> CommittedContains(
        PropertyIndex index,
        string substring,
        IEnumerable<int>? postingHits
    )
    {
        var run = index.Base;
        var removed = index.Delta.Removed.Chunks;
        var deltaHits = new List<(string Key, long Id)>();
        foreach (var chunk in index.Delta.Added.Chunks)
        {
            foreach (var e in chunk)
            {
                if (StringKeyContains(e.Key, substring))
                {
                    deltaHits.Add(e);
                }
            }
        }
        int d = 0, // next delta hit
            rc = 0, // removed chunk
            ri = 0; // index in the removed chunk
        var pos = 0;
        var entry = 0;
        using var fromPostings = postingHits?.GetEnumerator();
        while (
            fromPostings is null
                ? NextContainsHit(run, substring, run.Arena.Length, ref pos, ref entry)
                : fromPostings.MoveNext()
        )
        {
            if (fromPostings is not null)
            {
                entry = fromPostings.Current;
            }
            while (rc < removed.Length && removed[rc][ri] < entry)
            {
                if (++ri == removed[rc].Length)
                {
                    rc++;
                    ri = 0;
                }
            }
            if (rc < removed.Length && removed[rc][ri] == entry)
            {
                continue;
            }
            while (d < deltaHits.Count && BaseAfter(run, entry, deltaHits[d]))
            {
                yield return (deltaHits[d].Id, -1, deltaHits[d].Key);
                d++;
            }
            yield return (run.Id(entry), entry, null);
        }
        for (; d < deltaHits.Count; d++)
        {
            yield return (deltaHits[d].Id, -1, deltaHits[d].Key);
        }
    }

    /// <summary>
    /// How many entries' string keys contain <paramref name="substring"/> — what counting
    /// <see cref="EnumerateContains(IndexDescriptor, string)"/> gives, without yielding each hit. A large
    /// base run of name-length keys is counted from its <see cref="BigramPostings"/> (built in the
    /// background from the first use on) when the substring has two characters or more; otherwise, or
    /// until they are built, scanned in parts on all cores (the scan reads every key, and is bound by
    /// memory bandwidth). Null when this transaction changed the index or the substring is empty: then
    /// enumerate.
    /// </summary>
    public long? CountContains(IndexDescriptor index, string substring) =>
        CountContains(index, substring, LargeRunChars, LargeRunChars, waitForPostings: false);

    /// <summary>
    /// <see cref="CountContains(IndexDescriptor, string)"/>, with bigram postings from
    /// <paramref name="postingsChars"/> characters of keys on and a scan in parts from
    /// <paramref name="parallelChars"/> on; <paramref name="waitForPostings"/> builds them here rather than
    /// scanning while they are built in the background.
    /// </summary>
    internal long? CountContains(
        IndexDescriptor index,
        string substring,
        int parallelChars,
        int postingsChars,
        bool waitForPostings
    )
    {
        ArgumentNullException.ThrowIfNull(substring);
        var idx = Resolve(index);
        if (substring.Length == 0 || ChangesOf(idx) is not null)
        {
            return null;
        }
        var run = idx.Base;
        var parts = run.Arena.Length >= parallelChars ? Math.Clamp(Environment.ProcessorCount, 2, 8) : 1;
        long total;
        if (PostingsFor(run, substring, postingsChars, waitForPostings)?.CountContaining(run, substring) is { } counted)
        {
            total = counted;
        }
        else if (parts > 1)
        {
            var counts = new long[parts];
            Parallel.For(
                0,
                parts,
                p =>
                    counts[p] = CountInRun(
                        run,
                        substring,
                        (int)((long)run.Count * p / parts),
                        (int)((long)run.Count * (p + 1) / parts)
                    )
            );
            total = counts.Sum();
        }
        else
        {
            total = CountInRun(run, substring, 0, run.Count);
        }
        foreach (var chunk in idx.Delta.Removed.Chunks)
        {
            foreach (var entry in chunk)
            {
                if (StringKeyContains(run.Key(entry), substring))
                {
                    total--;
                }
            }
        }
        foreach (var chunk in idx.Delta.Added.Chunks)
        {
            foreach (var e in chunk)
            {
                if (StringKeyContains(e.Key, substring))
                {
                    total++;
                }
            }
        }
        return total;
    }

    // below ~8 MB of keys a scan is too short for a second thread or for building postings to pay off
    private const int LargeRunChars = 4 << 20;

    /// <summary>How many base entries in [<paramref name="first"/>, <paramref name="end"/>) have a string key containing <paramref name="substring"/>.</summary>
    private static long CountInRun(SortedRun run, string substring, int first, int end)
    {
        if (first >= end)
        {
            return 0;
        }
        var stop = end < run.Count ? run.KeyStart(end) : run.Arena.Length;
        var pos = run.KeyStart(first);
        var entry = first;
        long count = 0;
        while (NextContainsHit(run, substring, stop, ref pos, ref entry))
        {
            count++;
        }
        return count;
    }

    /// <summary>
    /// The next base entry, from arena position <paramref name="pos"/> up to <paramref name="stop"/> (a key
    /// boundary), whose string key contains <paramref name="substring"/>: a vectorised search of the packed
    /// keys, matches across two keys or over a key's type mark skipped. On a hit <paramref name="entry"/> is
    /// the entry and <paramref name="pos"/> the end of its key.
    /// </summary>
    private static bool NextContainsHit(SortedRun run, string substring, int stop, ref int pos, ref int entry)
    {
        var arena = run.Arena;
        while (pos < stop)
        {
            var found = arena[pos..stop].IndexOf(substring.AsSpan(), StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }
            var at = pos + found;
            entry = run.EntryAt(at, entry);
            var keyStart = run.KeyStart(entry);
            var keyEnd = keyStart + run.Key(entry).Length;
            if (
                keyEnd == keyStart
                || arena[keyStart] != IndexKey.String
                || at <= keyStart
                || at + substring.Length > keyEnd
            )
            {
                pos = at + 1;
                continue;
            }
            pos = keyEnd;
            return true;
        }
        return false;
    }

    private static bool StringKeyContains(ReadOnlySpan<char> key, string substring) =>
        key.Length > 0 && key[0] == IndexKey.String && key[1..].Contains(substring, StringComparison.Ordinal);

    /// <summary>Whether base entry <paramref name="i"/> sorts after the delta entry <paramref name="e"/>.</summary>
    private static bool BaseAfter(SortedRun run, int i, (string Key, long Id) e)
    {
        var c = run.Key(i).CompareTo(e.Key, StringComparison.Ordinal);
        return c > 0 || (c == 0 && run.Id(i) > e.Id);
    }

    /// <summary>Entities whose indexed string property ends with <paramref name="suffix"/>, in index order.</summary>
    public IReadOnlyList<long> SeekEndsWith(IndexDescriptor index, string suffix)
    {
        ArgumentNullException.ThrowIfNull(suffix);
        var idx = Resolve(index);
        return Collect(
            idx,
            IndexKey.String.ToString(),
            true,
            "\u0011",
            false,
            k => k[1..].EndsWith(suffix, StringComparison.Ordinal)
        );
    }

    /// <summary>Every entity in the index, in index order (for <c>IS NOT NULL</c> and index-backed ORDER BY).</summary>
    public IReadOnlyList<long> ScanIndex(IndexDescriptor index)
    {
        var idx = Resolve(index);
        return Collect(idx, string.Empty, true, null, false, null);
    }

    /// <summary>The entity holding <paramref name="values"/> under a uniqueness constraint, or -1.</summary>
    public long FindUnique(ConstraintDescriptor constraint, params CypherValue[] values)
    {
        ArgumentNullException.ThrowIfNull(constraint);
        var index = S.Schema.Indexes.FirstOrDefault(i =>
            string.Equals(i.Descriptor.Name, constraint.OwnedIndex, StringComparison.Ordinal)
        );
        if (index is null)
        {
            return -1;
        }
        var hits = SeekExact(index.Descriptor, values);
        return hits.Count > 0 ? hits[0] : -1;
    }

    private PropertyIndex Resolve(IndexDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        foreach (var index in S.Schema.Indexes)
        {
            if (index.Descriptor.Id == descriptor.Id)
            {
                return index;
            }
        }
        throw new CypherException(
            Neo4jStatusCodes.IndexNotFound,
            $"There is no index called '{descriptor.Name}' (it was dropped or belongs to another kind of index)."
        );
    }

    private TxIndexChanges? ChangesOf(PropertyIndex index) =>
        Tx is { } tx && tx.IndexChanges.TryGetValue(index.Descriptor.Id, out var c) && !c.IsEmpty ? c : null;

    private List<long> Collect(
        PropertyIndex index,
        string lower,
        bool lowerInclusive,
        string? upper,
        bool upperInclusive,
        KeyPredicate? filter,
        bool stopAtFirstMiss = false
    )
    {
        var changes = ChangesOf(index);
        var hits = new List<(string Key, long Id)>();
        var withKey = changes is not null;
        var run = index.Base;
        var cursor = index.Seek(lower, after: !lowerInclusive);
        while (cursor.Valid)
        {
            if (cursor.InBase)
            {
                // a stretch of base entries with no delta event inside: read it as a plain array
                var end = cursor.BaseRunEnd;
                for (var i = cursor.BasePosition; i < end; i++)
                {
                    var key = run.Key(i);
                    var verdict = Match(key, upper, upperInclusive, filter, stopAtFirstMiss);
                    if (verdict == Verdict.Stop)
                    {
                        return FinishRange(hits, changes, lower, lowerInclusive, upper, upperInclusive, filter);
                    }
                    if (verdict == Verdict.Take)
                    {
                        AddCommitted(hits, changes, key, run.Id(i), withKey);
                    }
                }
                cursor.SkipBaseTo(end);
            }
            else
            {
                var verdict = Match(cursor.Key, upper, upperInclusive, filter, stopAtFirstMiss);
                if (verdict == Verdict.Stop)
                {
                    break;
                }
                if (verdict == Verdict.Take)
                {
                    AddCommitted(hits, changes, cursor.Key, cursor.Id, withKey);
                }
                cursor.Next();
            }
        }
        return FinishRange(hits, changes, lower, lowerInclusive, upper, upperInclusive, filter);
    }

    private enum Verdict
    {
        Take,
        Skip,
        Stop,
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Verdict Match(
        ReadOnlySpan<char> key,
        string? upper,
        bool upperInclusive,
        KeyPredicate? filter,
        bool stopAtFirstMiss
    )
    {
        if (upper is not null)
        {
            var c = key.CompareTo(upper, StringComparison.Ordinal);
            if (c > 0 || (c == 0 && !upperInclusive))
            {
                return Verdict.Stop;
            }
        }
        if (filter is not null && !filter(key))
        {
            return stopAtFirstMiss ? Verdict.Stop : Verdict.Skip;
        }
        return Verdict.Take;
    }

    private static List<long> FinishRange(
        List<(string Key, long Id)> hits,
        TxIndexChanges? changes,
        string lower,
        bool lowerInclusive,
        string? upper,
        bool upperInclusive,
        KeyPredicate? filter
    ) =>
        Finish(
            hits,
            changes,
            k =>
            {
                var lc = string.CompareOrdinal(k, lower);
                if (lc < 0 || (lc == 0 && !lowerInclusive))
                {
                    return false;
                }
                if (upper is not null)
                {
                    var uc = string.CompareOrdinal(k, upper);
                    if (uc > 0 || (uc == 0 && !upperInclusive))
                    {
                        return false;
                    }
                }
                return filter is null || filter(k);
            }
        );

    private static void AddCommitted(
        List<(string Key, long Id)> hits,
        TxIndexChanges? changes,
        ReadOnlySpan<char> key,
        long id,
        bool withKey
    )
    {
        if (changes is not null && changes.Removed.TryGetValue(id, out var gone) && key.SequenceEqual(gone))
        {
            return;
        }
        hits.Add((withKey ? key.ToString() : string.Empty, id));
    }

    private static List<long> Finish(
        List<(string Key, long Id)> hits,
        TxIndexChanges? changes,
        Func<string, bool> matches
    )
    {
        if (changes is not null && changes.Added.Count > 0)
        {
            foreach (var (id, key) in changes.Added)
            {
                if (matches(key))
                {
                    hits.Add((key, id));
                }
            }
            hits.Sort(
                static (a, b) =>
                {
                    var c = string.CompareOrdinal(a.Key, b.Key);
                    return c != 0 ? c : a.Id.CompareTo(b.Id);
                }
            );
        }
        var ids = new List<long>(hits.Count);
        foreach (var h in hits)
        {
            ids.Add(h.Id);
        }
        return ids;
    }
}
