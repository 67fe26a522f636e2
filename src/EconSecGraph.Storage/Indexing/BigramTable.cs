namespace EconSecGraph.Storage.Indexing;

/// <summary>
/// Dense ids (0, 1, 2, … in order of first sight) for bigrams — two UTF-16 characters as one 32-bit
/// code — in an open-addressing table: a lookup is a multiply, a shift and a probe or two, which a
/// postings build does once per character of a million keys.
/// </summary>
internal sealed class BigramTable
{
    private uint[] _codes = new uint[1024];
    private int[] _slots = new int[1024]; // id + 1; 0 is an empty slot
    private int _shift = 32 - 10;

    /// <summary>How many distinct bigrams the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>The code of the bigram (<paramref name="first"/>, <paramref name="second"/>).</summary>
    public static uint Code(char first, char second) => ((uint)first << 16) | second;

    /// <summary>The id of <paramref name="code"/>, or -1 when it has none.</summary>
    public int Find(uint code)
    {
        var mask = _slots.Length - 1;
        for (var at = Home(code); ; at = (at + 1) & mask)
        {
            var slot = _slots[at];
            if (slot == 0)
            {
                return -1;
            }
            if (_codes[at] == code)
            {
                return slot - 1;
            }
        }
    }

    /// <summary>The id of <paramref name="code"/>, given the next id when it is new.</summary>
    public int GetOrAdd(uint code)
    {
        var mask = _slots.Length - 1;
        for (var at = Home(code); ; at = (at + 1) & mask)
        {
            var slot = _slots[at];
            if (slot == 0)
            {
                _codes[at] = code;
                _slots[at] = ++Count;
                if (Count * 2 > _slots.Length)
                {
                    Grow();
                }
                return Count - 1;
            }
            if (_codes[at] == code)
            {
                return slot - 1;
            }
        }
    }

    // Fibonacci hashing: the top bits of code × 2^32/φ spread neighbouring characters apart
    private int Home(uint code) => (int)((code * 0x9E3779B1u) >> _shift);

    private void Grow()
    {
        var codes = _codes;
        var slots = _slots;
        _codes = new uint[codes.Length * 2];
        _slots = new int[slots.Length * 2];
        _shift--;
        var mask = _slots.Length - 1;
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] == 0)
            {
                continue;
            }
            var at = Home(codes[i]);
            while (_slots[at] != 0)
            {
                at = (at + 1) & mask;
            }
            _codes[at] = codes[i];
            _slots[at] = slots[i];
        }
    }
}
