using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Runtime;

/// <summary>A compiled expression: reads slots of the current row and returns a value.</summary>
internal delegate CypherValue Evaluator(CypherValue[] row, QueryContext context);
