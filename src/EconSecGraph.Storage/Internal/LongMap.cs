namespace EconSecGraph.Storage.Internal;

/// <summary>
/// A hash map from <see cref="long"/> keys to values: entries in insertion order (index 0..Count-1),
/// found through an open-addressing table of entry numbers. No removal; <see cref="Clear"/> drops all.
/// </summary>
/// <remarks>
/// Used instead of <c>Dictionary&lt;long, T&gt;</c> on the import and statistics paths because
/// ReadyToRun cannot precompile a framework generic instantiated over value types (its IL is outside our
/// version bubble): each such dictionary was JIT-compiled at the start of every process and ran
/// unoptimised through the whole import. This type is ours and unconstrained, so it is precompiled.
/// </remarks>
internal sealed class LongMap<TValue>
{
    private const int MinTable = 8;

    private int[] _table; // entry index + 1; 0 is empty
    private long[] _keys;
    private TValue[] _values;
    private int _count;

    public LongMap()
        : this(0) { }

    public LongMap(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _table = new int[TableSizeFor(capacity)];
        _keys = new long[capacity];
        _values = new TValue[capacity];
    }

    public LongMap(LongMap<TValue> other)
    {
        _table = (int[])other._table.Clone();
        _keys = (long[])other._keys.Clone();
        _values = (TValue[])other._values.Clone();
        _count = other._count;
    }

    public int Count => _count;

    /// <summary>The key of the entry at <paramref name="index"/> in insertion order.</summary>
    public long KeyAt(int index) =>
        index < _count ? _keys[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The value of the entry at <paramref name="index"/> in insertion order.</summary>
    public TValue ValueAt(int index) =>
        index < _count ? _values[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public bool TryGetValue(long key, out TValue value)
    {
        var table = _table;
        var mask = table.Length - 1;
        for (var slot = Hash(key) & mask; ; slot = (slot + 1) & mask)
        {
            var entry = table[slot];
            if (entry == 0)
            {
                value = default!;
                return false;
            }
            if (_keys[entry - 1] == key)
            {
                value = _values[entry - 1];
                return true;
            }
        }
    }

    /// <summary>The value slot for <paramref name="key"/>, added with the default value when absent.</summary>
    public ref TValue GetValueRefOrAddDefault(long key, out bool exists)
    {
        var table = _table;
        var mask = table.Length - 1;
        var slot = Hash(key) & mask;
        for (; ; slot = (slot + 1) & mask)
        {
            var entry = table[slot];
            if (entry == 0)
            {
                break;
            }
            if (_keys[entry - 1] == key)
            {
                exists = true;
                return ref _values[entry - 1];
            }
        }
        exists = false;
        if (_count == _keys.Length)
        {
            Grow();
        }
        if ((_count + 1) * 4 > _table.Length * 3)
        {
            Rehash(_table.Length * 2);
            mask = _table.Length - 1;
            for (slot = Hash(key) & mask; _table[slot] != 0; slot = (slot + 1) & mask) { }
        }
        var index = _count++;
        _keys[index] = key;
        _values[index] = default!;
        _table[slot] = index + 1;
        return ref _values[index];
    }

    public void Clear()
    {
        _table = new int[MinTable];
        _keys = [];
        _values = [];
        _count = 0;
    }

    private void Grow()
    {
        _keys = Arrays.Doubled(_keys, _count);
        _values = Arrays.Doubled(_values, _count);
    }

    private void Rehash(int size)
    {
        var table = new int[size];
        var mask = size - 1;
        for (var i = 0; i < _count; i++)
        {
            var slot = Hash(_keys[i]) & mask;
            while (table[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
        _table = table;
    }

    private static int TableSizeFor(int capacity)
    {
        var size = MinTable;
        while (size * 3 < capacity * 4 + 4)
        {
            size *= 2;
        }
        return size;
    }

    // Fibonacci hashing spreads sequential ids (the common key) over the whole table.
    private static int Hash(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 33);
}
