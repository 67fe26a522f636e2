namespace EconSecGraph.Cypher.Syntax.Tests.Tck;

/// <summary>One Gherkin step: keyword-less text, an optional doc string and an optional table.</summary>
public sealed record TckStep(string Text, string? DocString, IReadOnlyList<IReadOnlyList<string>> Table);
