using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage.Import;

/// <summary>
/// A map from text to an <see cref="int"/>, looked up by a span of characters so that a CSV field is only
/// turned into a string when it is added (ordinal comparison). No removal; <see cref="Clear"/> drops all.
/// </summary>
/// <remarks>
/// Replaces <c>Dictionary&lt;string, int&gt;.AlternateLookup&lt;ReadOnlySpan&lt;char&gt;&gt;</c>, which
/// ReadyToRun cannot precompile (framework generic over a value type): it was JIT-compiled at every
/// start and ran unoptimised for every row of an import.
/// </remarks>
internal sealed class TextIds
{
    private int[] _table = new int[16]; // entry index + 1; 0 is empty
    private string[] _keys = new string[8];
    private int[] _hashes = new int[8];
    private int[] _values = new int[8];

    public int Count { get; private set; }

    public bool TryGetValue(ReadOnlySpan<char> text, out int value)
    {
        var hash = string.GetHashCode(text, StringComparison.Ordinal);
        var mask = _table.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _table[slot] - 1;
            if (entry < 0)
            {
                value = 0;
                return false;
            }
            if (_hashes[entry] == hash && text.Equals(_keys[entry], StringComparison.Ordinal))
            {
                value = _values[entry];
                return true;
            }
        }
    }

    /// <summary>Sets the value of <paramref name="text"/>, adding it when absent.</summary>
    public void Set(ReadOnlySpan<char> text, int value)
    {
        var hash = string.GetHashCode(text, StringComparison.Ordinal);
        var mask = _table.Length - 1;
        var slot = hash & mask;
        for (; _table[slot] != 0; slot = (slot + 1) & mask)
        {
            var entry = _table[slot] - 1;
            if (_hashes[entry] == hash && text.Equals(_keys[entry], StringComparison.Ordinal))
            {
                _values[entry] = value;
                return;
            }
        }
        if (Count == _keys.Length)
        {
            _keys = Arrays.Doubled(_keys, Count);
            _hashes = Arrays.Doubled(_hashes, Count);
            _values = Arrays.Doubled(_values, Count);
        }
        if ((Count + 1) * 2 > _table.Length)
        {
            Rehash();
            mask = _table.Length - 1;
            for (slot = hash & mask; _table[slot] != 0; slot = (slot + 1) & mask) { }
        }
        _keys[Count] = text.ToString();
        _hashes[Count] = hash;
        _values[Count] = value;
        _table[slot] = ++Count;
    }

    public void Clear()
    {
        _table = new int[16];
        _keys = new string[8];
        _hashes = new int[8];
        _values = new int[8];
        Count = 0;
    }

    private void Rehash()
    {
        var table = new int[_table.Length * 2];
        var mask = table.Length - 1;
        for (var i = 0; i < Count; i++)
        {
            var slot = _hashes[i] & mask;
            while (table[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
        _table = table;
    }
}
