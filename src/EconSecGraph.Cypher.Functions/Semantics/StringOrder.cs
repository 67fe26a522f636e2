namespace EconSecGraph.Cypher.Functions.Semantics;

/// <summary>Compares strings by Unicode code point, as Neo4j orders text.</summary>
internal static class StringOrder
{
    public static int Compare(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            var ca = a[i];
            var cb = b[i];
            if (ca == cb)
            {
                continue;
            }
            // UTF-16 order equals code-point order unless one side is a surrogate and the other is in U+E000..U+FFFF.
            var sa = char.IsSurrogate(ca);
            var sb = char.IsSurrogate(cb);
            if (sa == sb)
            {
                return ca < cb ? -1 : 1;
            }
            return sa ? (cb >= '\uE000' ? 1 : -1) : (ca >= '\uE000' ? -1 : 1);
        }
        return a.Length.CompareTo(b.Length);
    }
}
