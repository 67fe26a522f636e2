namespace EconSecGraph.Cypher.Runtime;

/// <summary>
/// A pull cursor over one operator: each <see cref="MoveNext"/> writes the next row into the shared
/// row array (the frame) the cursor was opened with, or returns false at the end.
/// </summary>
internal abstract class Cursor
{
    public abstract bool MoveNext();

    /// <summary>Releases buffered state early (e.g. when a LIMIT was reached).</summary>
    public virtual void Close() { }
}
