namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>What <c>CALL { … } IN TRANSACTIONS</c> does when an inner transaction fails.</summary>
public enum InTransactionsErrorMode
{
    Fail,
    Continue,
    Break,
}
