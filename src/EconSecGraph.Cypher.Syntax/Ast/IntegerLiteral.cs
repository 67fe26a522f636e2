namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>An integer literal (decimal, <c>0x</c> hex or <c>0o</c> octal); a leading minus is folded in.</summary>
public sealed record IntegerLiteral(SourceSpan Span, long Value) : LiteralExpression(Span);
