using EconSecGraph.Cypher.Runtime;
using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Operators;

/// <summary>Reads a SKIP/LIMIT count: a non-negative integer, or a whole-valued float (JavaScript drivers send those).</summary>
internal static class RowCount
{
    public static long Evaluate(Evaluator count, CypherValue[] row, QueryContext context, string clause)
    {
        var value = count(row, context);
        switch (value)
        {
            case CypherInteger i when i.Value >= 0:
                return i.Value;
            case CypherFloat f when f.Value >= 0 && f.Value == Math.Floor(f.Value) && f.Value < 9.2e18:
                return (long)f.Value;
            case CypherInteger or CypherFloat { Value: < 0 }:
                throw new CypherSyntaxException(
                    "Invalid input. '" + value + "' is not a valid value. Must be a non-negative integer.",
                    detail: "NegativeIntegerArgument"
                );
            default:
                throw new CypherSyntaxException(
                    "Invalid input. '"
                        + value
                        + "' is not a valid value. Must be a non-negative integer ("
                        + clause
                        + ").",
                    detail: "InvalidArgumentType"
                );
        }
    }
}
