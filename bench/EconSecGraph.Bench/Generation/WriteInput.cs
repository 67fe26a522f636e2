namespace EconSecGraph.Bench.Generation;

/// <summary>One write of the write mix: MERGE a new node (id, label, name) and a relationship from it to an existing node.</summary>
public sealed record WriteInput(long Id, string Label, string Name, int Other, string Type)
{
    /// <summary>New ids start here, far above any generated id.</summary>
    public const long FirstNewId = 100_000_000;

    /// <summary>Deterministic writes derived from the query set (the warm-up round uses <paramref name="offset"/> to get different ids).</summary>
    public static List<WriteInput> From(QuerySet set, int offset)
    {
        ArgumentNullException.ThrowIfNull(set);
        var list = new List<WriteInput>(set.Nodes.Count);
        for (var i = 0; i < set.Nodes.Count; i++)
        {
            var id = FirstNewId + offset + i;
            list.Add(
                new WriteInput(
                    id,
                    GraphSpec.Labels[i % GraphSpec.Labels.Length].Label,
                    "新規 Write " + id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    set.Nodes[i].Id,
                    GraphSpec.Types[i % GraphSpec.Types.Length]
                )
            );
        }
        return list;
    }
}
