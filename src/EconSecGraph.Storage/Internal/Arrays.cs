namespace EconSecGraph.Storage.Internal;

/// <summary>Array helpers of our own: a generic of ours is precompiled by ReadyToRun, <c>Array.Resize&lt;T&gt;</c> over a value type is not.</summary>
internal static class Arrays
{
    /// <summary>A copy of the first <paramref name="count"/> items in an array twice as long (at least 4).</summary>
    public static T[] Doubled<T>(T[] items, int count)
    {
        var grown = new T[Math.Max(4, items.Length * 2)];
        Array.Copy(items, grown, count);
        return grown;
    }
}
