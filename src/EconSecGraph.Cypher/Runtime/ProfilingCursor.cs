namespace EconSecGraph.Cypher.Runtime;

/// <summary>Counts rows and store accesses of the cursor it wraps (PROFILE).</summary>
internal sealed class ProfilingCursor(Cursor inner, OperatorStatistics stats, QueryContext context) : Cursor
{
    public override bool MoveNext()
    {
        var before = context.DbHits;
        var ok = inner.MoveNext();
        stats.InclusiveDbHits += context.DbHits - before;
        if (ok)
        {
            stats.Rows++;
        }
        return ok;
    }

    public override void Close() => inner.Close();
}
