namespace EconSecGraph.Cypher.Syntax.Tests.Tck;

/// <summary>A TCK scenario (outlines are expanded, one per example row) with its background steps prepended.</summary>
public sealed record TckScenario(string Feature, string Name, IReadOnlyList<string> Tags, IReadOnlyList<TckStep> Steps)
{
    /// <summary>Stable identifier: feature file (relative) + scenario name.</summary>
    public string Id => Feature + ": " + Name;

    public override string ToString() => Id;
}
