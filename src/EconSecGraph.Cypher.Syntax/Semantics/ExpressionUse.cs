namespace EconSecGraph.Cypher.Syntax.Semantics;

/// <summary>How an expression is used: decides whether aggregates and pattern predicates are allowed.</summary>
[Flags]
internal enum ExpressionUse
{
    Value = 0,

    /// <summary>A boolean position (WHERE, AND/OR/NOT operands): pattern expressions are allowed.</summary>
    Predicate = 1,

    /// <summary>A WITH/RETURN item or ORDER BY of an aggregating projection: aggregate functions are allowed.</summary>
    Aggregation = 2,
}
