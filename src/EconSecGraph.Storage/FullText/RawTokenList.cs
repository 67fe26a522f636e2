using EconSecGraph.Storage.Internal;

namespace EconSecGraph.Storage.FullText;

/// <summary>A reusable growable array of <see cref="RawToken"/>s: the tokenizer's output for one text.</summary>
/// <remarks>
/// Not a <c>List&lt;RawToken&gt;</c>: ReadyToRun cannot precompile the framework's list over our struct
/// (its IL is outside our version bubble), so that list was JIT-compiled at every start and ran
/// unoptimised through every text of an index build.
/// </remarks>
internal sealed class RawTokenList
{
    private RawToken[] _items = new RawToken[16];

    public int Count { get; private set; }

    public RawToken this[int index] =>
        (uint)index < (uint)Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(RawToken token)
    {
        if (Count == _items.Length)
        {
            _items = Arrays.Doubled(_items, Count);
        }
        _items[Count++] = token;
    }

    public void Clear() => Count = 0;

    public RawToken[] ToArray()
    {
        var copy = new RawToken[Count];
        Array.Copy(_items, copy, Count);
        return copy;
    }
}
