namespace EconSecGraph.Storage.Internal;

/// <summary>
/// Interns the distinct label combinations so a node stores one int. Shared by all snapshots:
/// sets are only ever appended (a rolled-back transaction may leave an unused set, which is harmless),
/// and readers only look up ids their snapshot's columns contain.
/// </summary>
internal sealed class LabelSetTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private volatile int[][] _sets;
    private int _count;

    public LabelSetTable()
    {
        _sets = new int[16][];
        _sets[0] = [];
        _ids[string.Empty] = 0;
        _count = 1;
    }

    public int Count => _count;

    /// <summary>The sorted label ids of set <paramref name="id"/>.</summary>
    public int[] Get(int id) => _sets[id];

    /// <summary>Writer only. Returns the id of the set with exactly <paramref name="sortedLabels"/>.</summary>
    public int Intern(ReadOnlySpan<int> sortedLabels)
    {
        var key = Key(sortedLabels);
        if (_ids.TryGetValue(key, out var id))
        {
            return id;
        }
        var sets = _sets;
        if (_count == sets.Length)
        {
            var grown = new int[sets.Length * 2][];
            Array.Copy(sets, grown, _count);
            sets = grown;
        }
        sets[_count] = sortedLabels.ToArray();
        _sets = sets;
        id = _count++;
        _ids[key] = id;
        return id;
    }

    public int With(int setId, int label)
    {
        var current = _sets[setId];
        var pos = Array.BinarySearch(current, label);
        if (pos >= 0)
        {
            return setId;
        }
        pos = ~pos;
        Span<int> next = current.Length < 64 ? stackalloc int[current.Length + 1] : new int[current.Length + 1];
        current.AsSpan(0, pos).CopyTo(next);
        next[pos] = label;
        current.AsSpan(pos).CopyTo(next[(pos + 1)..]);
        return Intern(next);
    }

    public int Without(int setId, int label)
    {
        var current = _sets[setId];
        var pos = Array.BinarySearch(current, label);
        if (pos < 0)
        {
            return setId;
        }
        Span<int> next = current.Length < 64 ? stackalloc int[current.Length - 1] : new int[current.Length - 1];
        current.AsSpan(0, pos).CopyTo(next);
        current.AsSpan(pos + 1).CopyTo(next[pos..]);
        return Intern(next);
    }

    private static string Key(ReadOnlySpan<int> labels)
    {
        if (labels.IsEmpty)
        {
            return string.Empty;
        }
        return string.Create(
            labels.Length * 2,
            labels.ToArray(),
            static (chars, ls) =>
            {
                for (var i = 0; i < ls.Length; i++)
                {
                    chars[i * 2] = (char)(ls[i] >> 16);
                    chars[(i * 2) + 1] = (char)ls[i];
                }
            }
        );
    }
}
