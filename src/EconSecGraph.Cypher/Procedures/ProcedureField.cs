using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Procedures;

/// <summary>One input or output of a procedure: name, Cypher type (e.g. <c>STRING</c>) and, for inputs, an optional default.</summary>
public sealed record ProcedureField(string Name, string Type, CypherValue? Default = null);
