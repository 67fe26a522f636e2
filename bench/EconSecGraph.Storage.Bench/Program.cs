using System.Diagnostics;
using System.Globalization;
using System.Text;
using EconSecGraph.Graph.Values;
using EconSecGraph.Storage;
using EconSecGraph.Storage.Bench;
using EconSecGraph.Storage.Schema;

// Usage: storage-bench <data dir with nodes.csv, edges.csv> [store dir]
//    or: storage-bench fulltext-build --nodes <nodes.csv> [--analyzer name] [--repeat n] [--dump file]
// Loads the generator's CSVs through the store API in one transaction, then measures memory,
// 1-hop / 2-hop distinct neighbour counts over the adjacency spans, and index prefix/contains seeks.
// Usage: storage-bench bigram-build --nodes <nodes.csv> [--repeat n] [--substrings a|b|…] (see BigramBuildCommand).
// Usage: storage-bench index-commits [--nodes N] [--commits N] [--no-index] (see IndexCommits).
if (args.Length > 0 && string.Equals(args[0], "index-commits", StringComparison.Ordinal))
{
    return IndexCommits.Run(args[1..]);
}
if (args is ["bigram-build", ..])
{
    return BigramBuildCommand.Run(args[1..]);
}
if (args is ["fulltext-build", ..])
{
    return FullTextBuildCommand.Run(args[1..]);
}
var data = args.Length > 0 ? args[0] : Path.Combine("bench", "data", "100000");
var dir = args.Length > 1 ? args[1] : null;
var clock = Stopwatch.StartNew();
using var store = dir is null
    ? GraphStore.CreateInMemory()
    : GraphStore.Open(dir, new GraphStoreOptions { SyncOnCommit = true });
using (var tx = store.BeginWrite())
{
    var name = tx.GetOrCreatePropertyKeyId("name");
    var props = new KeyValuePair<int, CypherValue>[1];
    foreach (var line in File.ReadLines(Path.Combine(data, "nodes.csv"), Encoding.UTF8).Skip(1))
    {
        var c1 = line.IndexOf(',', StringComparison.Ordinal);
        var c2 = line.IndexOf(',', c1 + 1);
        var label = tx.GetOrCreateLabelId(line[(c1 + 1)..c2]);
        props[0] = new(name, new CypherString(line[(c2 + 1)..]));
        tx.CreateNode([label], props);
    }
    foreach (var line in File.ReadLines(Path.Combine(data, "edges.csv"), Encoding.UTF8).Skip(1))
    {
        var c1 = line.IndexOf(',', StringComparison.Ordinal);
        var c2 = line.IndexOf(',', c1 + 1);
        var src = long.Parse(line.AsSpan(0, c1), CultureInfo.InvariantCulture);
        var dst = long.Parse(line.AsSpan(c1 + 1, c2 - c1 - 1), CultureInfo.InvariantCulture);
        tx.CreateRelationship(src, tx.GetOrCreateRelationshipTypeId(line[(c2 + 1)..]), dst);
    }
    tx.Commit();
}
var load = clock.Elapsed;
var labelIds = Enumerable.Range(0, store.Snapshot().LabelNames.Count).ToArray();
clock.Restart();
using (var tx = store.BeginWrite())
{
    foreach (var l in store.Snapshot().LabelNames)
    {
        tx.CreateIndex(null, EntityType.Node, l, ["name"]);
    }
    tx.Commit();
}
var indexTime = clock.Elapsed;
GC.Collect();
GC.WaitForPendingFinalizers();
GC.Collect();
var heap = GC.GetTotalMemory(true);
var s = store.Snapshot();
Console.WriteLine(
    $"loaded {s.NodeCount} nodes, {s.RelationshipCount} relationships in {load.TotalMilliseconds:F0} ms; name indexes in {indexTime.TotalMilliseconds:F0} ms"
);
Console.WriteLine(
    $"managed heap after load {heap / 1048576.0:F1} MiB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F1} MiB"
);

var random = new Random(42);
var sample = Enumerable.Range(0, 200).Select(_ => (long)random.Next((int)s.NodeCount)).ToArray();
var visited = new int[s.NodeIdUpperBound];
var stamp = 0;
long Hop1(long n)
{
    stamp++;
    long count = 0;
    foreach (var dirn in (ReadOnlySpan<Direction>)[Direction.Outgoing, Direction.Incoming])
    {
        s.TryGetAdjacency(n, dirn, out var span);
        foreach (var e in span)
        {
            var o = (int)e.OtherNodeId;
            if (visited[o] != stamp && o != n)
            {
                visited[o] = stamp;
                count++;
            }
        }
    }
    return count;
}
long Hop2(long n)
{
    stamp++;
    var first = new List<int>();
    visited[n] = stamp;
    foreach (var dirn in (ReadOnlySpan<Direction>)[Direction.Outgoing, Direction.Incoming])
    {
        s.TryGetAdjacency(n, dirn, out var span);
        foreach (var e in span)
        {
            var o = (int)e.OtherNodeId;
            if (visited[o] != stamp)
            {
                visited[o] = stamp;
                first.Add(o);
            }
        }
    }
    long count = first.Count;
    foreach (var m in first)
    {
        foreach (var dirn in (ReadOnlySpan<Direction>)[Direction.Outgoing, Direction.Incoming])
        {
            s.TryGetAdjacency(m, dirn, out var span);
            foreach (var e in span)
            {
                var o = (int)e.OtherNodeId;
                if (visited[o] != stamp)
                {
                    visited[o] = stamp;
                    count++;
                }
            }
        }
    }
    return count;
}
void Report(string what, Func<long, long> op)
{
    var times = new List<double>();
    long check = 0;
    foreach (var n in sample)
    {
        var t = Stopwatch.GetTimestamp();
        check += op(n);
        times.Add(Stopwatch.GetElapsedTime(t).TotalMicroseconds);
    }
    times.Sort();
    Console.WriteLine(
        $"{what, -24} median {times[times.Count / 2], 9:F1} µs   p90 {times[(int)(times.Count * 0.9)], 9:F1} µs   (checksum {check})"
    );
}
Report("hop1 distinct (spans)", Hop1);
Report("hop2 distinct (spans)", Hop2);
Report(
    "hop1 via cursor",
    n =>
    {
        long c = 0;
        var cursor = s.GetRelationships(n, Direction.Both);
        while (cursor.MoveNext())
        {
            c++;
        }
        return c;
    }
);
var nameKey = s.GetPropertyKeyId("name");
var indexes = s.Indexes.Where(i => i.Type == IndexType.Range).ToArray();
var prefixes = sample.Take(50).Select(n => s.GetNodeProperty(n, nameKey).ToString()[..2]).ToArray();
var pi = 0;
Report("prefix (2 chars), index", _ => indexes.Sum(i => (long)s.SeekPrefix(i, prefixes[pi++ % prefixes.Length]).Count));
var ci = 0;
Report(
    "contains (2 chars), index",
    _ => indexes.Sum(i => (long)s.SeekContains(i, prefixes[ci++ % prefixes.Length]).Count)
);
_ = labelIds;
return 0;
