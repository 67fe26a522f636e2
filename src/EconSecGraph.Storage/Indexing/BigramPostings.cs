using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage.Indexing;

/// <summary>
/// For each bigram (two consecutive characters) of a <see cref="SortedRun"/>'s string keys, the entries
/// whose key has it: how many, and which, as ascending gaps in variable-length bytes (one byte per entry
/// for a bigram in more than 1 key of 128). A <c>CONTAINS</c> count over a large run then reads the
/// postings of the substring's rarest bigram rather than every key: a two-character substring is counted
/// from one number, a longer one by checking only the keys that have that bigram. The same idea as the
/// trigram text indexes of Neo4j and PostgreSQL, with bigrams because two kanji are a Japanese word.
/// </summary>
internal sealed class BigramPostings
{
    private readonly BigramTable _table;
    private readonly int[] _counts; // by bigram id: entries whose key has the bigram
    private readonly int[] _starts; // by bigram id: where its postings start in _data; one more at the end
    private readonly byte[] _data;

    private BigramPostings(BigramTable table, int[] counts, int[] starts, byte[] data)
    {
        _table = table;
        _counts = counts;
        _starts = starts;
        _data = data;
    }

    // keys longer than this on average (descriptions rather than names) have so many bigrams that the
    // postings cost close to the key text itself and most bigrams are in too many keys to narrow a count
    private const int MaxAverageKeyChars = 64;

    /// <summary>Whether postings would pay for <paramref name="run"/>: keys of name or title length.</summary>
    public static bool Suit(SortedRun run) => run.Arena.Length <= (long)run.Count * MaxAverageKeyChars;

    /// <summary>Bytes held, for the memory account.</summary>
    public long Size => _data.Length + (_counts.Length + _starts.Length) * 4L + _table.Count * 12L;

    /// <summary>
    /// The postings of <paramref name="run"/>: two passes over its keys, the first sizing each bigram's
    /// postings, the second writing them. Null when they would not fit one array (a run of billions of
    /// characters; the caller scans then).
    /// </summary>
    public static BigramPostings? Build(SortedRun run)
    {
        var table = new BigramTable();
        var last = new int[256]; // by bigram id: the last entry counted for it, so a key counts once
        var counts = new int[256];
        var bytes = new long[256];
        for (var entry = 0; entry < run.Count; entry++)
        {
            var key = run.Key(entry);
            if (key.Length < 3 || key[0] != IndexKey.String)
            {
                continue;
            }
            for (var i = 2; i < key.Length; i++)
            {
                var known = table.Count;
                var id = table.GetOrAdd(BigramTable.Code(key[i - 1], key[i]));
                if (id == known)
                {
                    if (id == last.Length)
                    {
                        Arrays.Resize(ref last, id * 2);
                        Arrays.Resize(ref counts, id * 2);
                        Arrays.Resize(ref bytes, id * 2);
                    }
                    last[id] = -1;
                }
                if (last[id] != entry)
                {
                    bytes[id] += VarLength((uint)(entry - last[id] - 1));
                    counts[id]++;
                    last[id] = entry;
                }
            }
        }
        var distinct = table.Count;
        var starts = new int[distinct + 1];
        long total = 0;
        for (var id = 0; id < distinct; id++)
        {
            starts[id] = (int)total;
            total += bytes[id];
            if (total > Array.MaxLength)
            {
                return null;
            }
        }
        starts[distinct] = (int)total;
        var data = new byte[total];
        var write = new int[distinct];
        Array.Copy(starts, write, distinct);
        Array.Fill(last, -1, 0, distinct);
        for (var entry = 0; entry < run.Count; entry++)
        {
            var key = run.Key(entry);
            if (key.Length < 3 || key[0] != IndexKey.String)
            {
                continue;
            }
            for (var i = 2; i < key.Length; i++)
            {
                var id = table.Find(BigramTable.Code(key[i - 1], key[i]));
                if (last[id] != entry)
                {
                    write[id] = WriteVar(data, write[id], (uint)(entry - last[id] - 1));
                    last[id] = entry;
                }
            }
        }
        Array.Resize(ref counts, distinct);
        return new BigramPostings(table, counts, starts, data);
    }

    /// <summary>How many entries have a string key containing (<paramref name="first"/>, <paramref name="second"/>).</summary>
    public int Count(char first, char second) =>
        _table.Find(BigramTable.Code(first, second)) is var id and >= 0 ? _counts[id] : 0;

    /// <summary>The entries, ascending, whose string key contains (<paramref name="first"/>, <paramref name="second"/>).</summary>
    public List<int> Entries(char first, char second)
    {
        var entries = new List<int>();
        if (_table.Find(BigramTable.Code(first, second)) is var id and >= 0)
        {
            var at = _starts[id];
            var entry = -1;
            while (at < _starts[id + 1])
            {
                entry += (int)ReadVar(_data, ref at) + 1;
                entries.Add(entry);
            }
        }
        return entries;
    }

    /// <summary>
    /// How many entries of <paramref name="run"/> (the run these postings were built from) have a string
    /// key containing <paramref name="substring"/>, of two characters or more; null when even its rarest
    /// bigram is in so many keys that checking them costs more than scanning all.
    /// </summary>
    public long? CountContaining(SortedRun run, string substring)
    {
        if (!TryRarest(run, substring, out var rarest))
        {
            return null;
        }
        if (rarest < 0)
        {
            return 0;
        }
        if (substring.Length == 2)
        {
            return _counts[rarest];
        }
        long count = 0;
        var at = _starts[rarest];
        for (
            var e = NextHit(run, substring, rarest, ref at, -1);
            e >= 0;
            e = NextHit(run, substring, rarest, ref at, e)
        )
        {
            count++;
        }
        return count;
    }

    /// <summary>
    /// The entries of <paramref name="run"/> whose string key contains <paramref name="substring"/> (two
    /// characters or more), ascending — the order a scan of the run finds them in — lazily, so a
    /// <c>LIMIT</c> stops early; null when the postings would not narrow the search (as
    /// <see cref="CountContaining"/>).
    /// </summary>
    public IEnumerable<int>? EntriesContaining(SortedRun run, string substring)
    {
        if (!TryRarest(run, substring, out var rarest))
        {
            return null;
        }
        return rarest < 0 ? [] : Entries(run, substring, rarest);
    }

    private IEnumerable<int> Entries(SortedRun run, string substring, int rarest)
    {
        var at = _starts[rarest];
        for (
            var e = NextHit(run, substring, rarest, ref at, -1);
            e >= 0;
            e = NextHit(run, substring, rarest, ref at, e)
        )
        {
            yield return e;
        }
    }

    /// <summary>
    /// The next entry after <paramref name="entry"/> in bigram <paramref name="rarest"/>'s postings, read
    /// from <paramref name="at"/>, whose key contains <paramref name="substring"/>; -1 at their end.
    /// </summary>
    private int NextHit(SortedRun run, string substring, int rarest, ref int at, int entry)
    {
        var end = _starts[rarest + 1];
        while (at < end)
        {
            entry += (int)ReadVar(_data, ref at) + 1;
            // a two-character substring is the bigram itself: every entry of its postings has it
            if (substring.Length == 2 || run.Key(entry)[1..].IndexOf(substring.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return entry;
            }
        }
        return -1;
    }

    /// <summary>
    /// The id of <paramref name="substring"/>'s rarest bigram (-1 when one of its bigrams is in no key,
    /// so no key contains it); false when the substring is shorter than a bigram, or longer than one and
    /// even its rarest bigram is in more than a quarter of the keys (a key checked at random costs a few
    /// keys scanned in order).
    /// </summary>
    private bool TryRarest(SortedRun run, string substring, out int rarest)
    {
        rarest = -1;
        if (substring.Length < 2)
        {
            return false;
        }
        for (var i = 1; i < substring.Length; i++)
        {
            var id = _table.Find(BigramTable.Code(substring[i - 1], substring[i]));
            if (id < 0)
            {
                rarest = -1;
                return true;
            }
            if (rarest < 0 || _counts[id] < _counts[rarest])
            {
                rarest = id;
            }
        }
        return substring.Length == 2 || _counts[rarest] <= run.Count / 4;
    }

    private static int VarLength(uint value) =>
        value < 1u << 7 ? 1
        : value < 1u << 14 ? 2
        : value < 1u << 21 ? 3
        : value < 1u << 28 ? 4
        : 5;

    // seven bits a byte, low first; the top bit says another byte follows
    internal static int WriteVar(byte[] data, int at, uint value)
    {
        while (value >= 0x80)
        {
            data[at++] = (byte)(value | 0x80);
            value >>= 7;
        }
        data[at++] = (byte)value;
        return at;
    }

    internal static uint ReadVar(byte[] data, ref int at)
    {
        uint value = data[at++];
        if (value < 0x80)
        {
            return value;
        }
        value &= 0x7F;
        var shift = 7;
        uint b;
        do
        {
            b = data[at++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        } while (b >= 0x80);
        return value;
    }
}
