namespace EconSecGraph.Cypher.Tests.TckRunner;

/// <summary>A TCK scenario (an outline is expanded to one scenario per example row).</summary>
public sealed record TckScenario(string Path, string Feature, string Name, int? Example, IReadOnlyList<TckStep> Steps)
{
    /// <summary>Folder of the feature under <c>features/</c>, e.g. <c>clauses/match</c>.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(Path)!.Replace('\\', '/');

    /// <summary>A readable unique id: <c>clauses/match/Match1 [3] Match non-existent nodes returns empty</c>.</summary>
    public string Id =>
        Path[..^".feature".Length] + " " + Name + (Example is { } e ? " #" + GherkinReader.Number(e) : string.Empty);
}
