using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions;

/// <summary>The implementation of a scalar function: arguments in call order, and the evaluation context.</summary>
public delegate CypherValue FunctionBody(ReadOnlySpan<CypherValue> args, IFunctionContext context);
