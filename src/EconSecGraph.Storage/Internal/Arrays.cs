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

    /// <summary>What <c>Array.Resize</c> does (a new array of <paramref name="size"/> items, the old ones copied), precompiled.</summary>
    public static void Resize<T>(ref T[] array, int size)
    {
        var resized = new T[size];
        Array.Copy(array, resized, Math.Min(array.Length, size));
        array = resized;
    }
}
