using System.Collections;

namespace EconSecGraph.Storage.Internal;

/// <summary>
/// An immutable map made of a large shared base and a small overlay of changes (with removal marks),
/// so a commit that touches a few keys copies only the overlay instead of the whole map. When the
/// overlay grows past about 8·√n entries it is folded into a new base, which keeps both the copy per
/// commit and the amortised folding cost small.
/// </summary>
internal sealed class LayeredMap<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
    where TKey : notnull
{
    private const int MinimumOverlay = 1024;

    private readonly Dictionary<TKey, TValue> _base;
    private readonly Dictionary<TKey, Entry> _overlay;
    private readonly IEqualityComparer<TKey>? _comparer;

    private LayeredMap(Dictionary<TKey, TValue> baseMap, Dictionary<TKey, Entry> overlay, int count)
    {
        _base = baseMap;
        _overlay = overlay;
        _comparer = baseMap.Comparer;
        Count = count;
    }

    /// <summary>Number of keys present.</summary>
    public int Count { get; }

    public static LayeredMap<TKey, TValue> Empty(IEqualityComparer<TKey>? comparer = null) =>
        new(new Dictionary<TKey, TValue>(comparer), new Dictionary<TKey, Entry>(comparer), 0);

    /// <summary>A map whose base is <paramref name="contents"/> (taken over, not copied: do not change it afterwards).</summary>
    public static LayeredMap<TKey, TValue> Of(Dictionary<TKey, TValue> contents) =>
        new(contents, new Dictionary<TKey, Entry>(contents.Comparer), contents.Count);

    public bool TryGetValue(TKey key, out TValue value)
    {
        if (_overlay.Count > 0 && _overlay.TryGetValue(key, out var e))
        {
            value = e.Value;
            return e.Present;
        }
        return _base.TryGetValue(key, out value!);
    }

    public IEnumerable<TKey> Keys => this.Select(kv => kv.Key);

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
    {
        foreach (var kv in _base)
        {
            if (_overlay.Count == 0 || !_overlay.ContainsKey(kv.Key))
            {
                yield return kv;
            }
        }
        foreach (var (key, e) in _overlay)
        {
            if (e.Present)
            {
                yield return new KeyValuePair<TKey, TValue>(key, e.Value);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A mutable copy of the overlay; <see cref="Editor.Build"/> gives the new map, this one is untouched.</summary>
    public Editor Edit() => new(this);

    /// <summary>Changes to a <see cref="LayeredMap{TKey, TValue}"/>; reads see the changes made so far.</summary>
    public sealed class Editor
    {
        private readonly LayeredMap<TKey, TValue> _from;
        private readonly Dictionary<TKey, Entry> _overlay;
        private int _count;

        internal Editor(LayeredMap<TKey, TValue> from)
        {
            _from = from;
            _overlay = new Dictionary<TKey, Entry>(from._overlay, from._comparer);
            _count = from.Count;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            if (_overlay.TryGetValue(key, out var e))
            {
                value = e.Value;
                return e.Present;
            }
            return _from._base.TryGetValue(key, out value!);
        }

        public TValue this[TKey key]
        {
            get => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException();
            set
            {
                if (!TryGetValue(key, out _))
                {
                    _count++;
                }
                _overlay[key] = new Entry(true, value);
            }
        }

        /// <summary>Makes room for <paramref name="additional"/> more changes (avoids regrowing a large overlay).</summary>
        public void EnsureCapacity(int additional) => _overlay.EnsureCapacity(_overlay.Count + additional);

        public bool Remove(TKey key) => Remove(key, out _);

        public bool Remove(TKey key, out TValue value)
        {
            if (!TryGetValue(key, out value))
            {
                return false;
            }
            _count--;
            if (_from._base.ContainsKey(key))
            {
                _overlay[key] = new Entry(false, default!);
            }
            else
            {
                _overlay.Remove(key);
            }
            return true;
        }

        public LayeredMap<TKey, TValue> Build()
        {
            var baseMap = _from._base;
            var limit = Math.Max(MinimumOverlay, 8 * (int)Math.Sqrt(baseMap.Count));
            if (_overlay.Count <= limit)
            {
                return new LayeredMap<TKey, TValue>(baseMap, _overlay, _count);
            }
            var folded = new Dictionary<TKey, TValue>(baseMap.Count + _overlay.Count, _from._comparer);
            foreach (var (key, value) in baseMap)
            {
                folded.Add(key, value);
            }
            foreach (var (key, e) in _overlay)
            {
                if (e.Present)
                {
                    folded[key] = e.Value;
                }
                else
                {
                    folded.Remove(key);
                }
            }
            return new LayeredMap<TKey, TValue>(folded, new Dictionary<TKey, Entry>(_from._comparer), _count);
        }
    }

    private readonly record struct Entry(bool Present, TValue Value);
}
