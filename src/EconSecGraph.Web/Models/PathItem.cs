namespace EconSecGraph.Web.Models;

/// <summary>One path as keys: nodes in order, and the relationship taken at each step.</summary>
public sealed record PathItem(int Length, IReadOnlyList<string> Nodes, IReadOnlyList<string> Edges);
