namespace EconSecGraph.Seed.Schema;

/// <summary>A graph-level rule: every node with <see cref="Label"/> has between Min and Max relationships of a type.</summary>
public sealed record RelationshipRule(string Label, string Type, bool Outgoing, int Min, int? Max);
