namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>Binary operators. Comparison chains <c>a &lt; b &lt; c</c> are parsed as <c>a &lt; b AND b &lt; c</c>.</summary>
public enum BinaryOperator
{
    Or,
    Xor,
    And,
    Equal,
    NotEqual,
    LessThan,
    GreaterThan,
    LessThanOrEqual,
    GreaterThanOrEqual,
    RegexMatch,
    StartsWith,
    EndsWith,
    Contains,
    In,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,

    /// <summary><c>||</c>: string or list concatenation (Neo4j 5).</summary>
    Concatenate,
}
