using EconSecGraph.Storage.Schema;

namespace EconSecGraph.Storage.Indexing;

/// <summary>A committed property index: its descriptor and its entries. Immutable.</summary>
internal sealed class PropertyIndex(IndexDescriptor descriptor, SortedRun run, bool unique)
{
    public IndexDescriptor Descriptor { get; } = descriptor;

    public SortedRun Run { get; } = run;

    /// <summary>True when a uniqueness constraint owns the index.</summary>
    public bool Unique { get; } = unique;

    public PropertyIndex WithRun(SortedRun run) => new(Descriptor, run, Unique);

    /// <summary>Whether this index stores <paramref name="category"/> values (TEXT only strings, POINT only points).</summary>
    public bool Accepts(char category) =>
        Descriptor.Type switch
        {
            IndexType.Text => category == IndexKey.String,
            IndexType.Point => category == IndexKey.Point,
            _ => true,
        };
}
