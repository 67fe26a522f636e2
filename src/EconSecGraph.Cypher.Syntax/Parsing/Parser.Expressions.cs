using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Parsing;

internal sealed partial class Parser
{
    // <value expression> ::= <boolean value expression>
    private Expression ParseExpression()
    {
        Enter();
        var result = ParseOr();
        Exit();
        return result;
    }

    // <boolean value expression> ::= <boolean term xor> | <boolean value expression> OR <boolean term xor>
    private Expression ParseOr()
    {
        var start = Current.Start;
        var left = ParseXor();
        var count = 0;
        while (AcceptKeyword("OR"))
        {
            CheckChain(++count);
            var right = ParseXor();
            left = new BinaryExpression(SpanFrom(start), BinaryOperator.Or, left, right);
        }
        return left;
    }

    // <boolean term xor> ::= <boolean term> | <boolean term xor> XOR <boolean term>
    private Expression ParseXor()
    {
        var start = Current.Start;
        var left = ParseAnd();
        var count = 0;
        while (AcceptKeyword("XOR"))
        {
            CheckChain(++count);
            var right = ParseAnd();
            left = new BinaryExpression(SpanFrom(start), BinaryOperator.Xor, left, right);
        }
        return left;
    }

    // <boolean term> ::= <boolean factor> | <boolean term> AND <boolean factor>
    private Expression ParseAnd()
    {
        var start = Current.Start;
        var left = ParseNot();
        var count = 0;
        while (AcceptKeyword("AND"))
        {
            CheckChain(++count);
            var right = ParseNot();
            left = new BinaryExpression(SpanFrom(start), BinaryOperator.And, left, right);
        }
        return left;
    }

    // <boolean factor> ::= [ NOT ]... <boolean primary>
    private Expression ParseNot()
    {
        var start = Current.Start;
        if (IsKeyword("NOT"))
        {
            Advance();
            Enter();
            var operand = ParseNot();
            Exit();
            return new UnaryExpression(SpanFrom(start), UnaryOperator.Not, operand);
        }
        Expecting("'NOT'");
        return ParseComparison();
    }

    // <comparison predicate> ::= <simple comparison predicand> [ <simple comparison predicate part 2>... ]
    // A chain a < b < c means a < b AND b < c.
    private Expression ParseComparison()
    {
        var start = Current.Start;
        var first = ParsePredicate();
        var op = ComparisonOperator();
        if (op is null)
        {
            return first;
        }
        Expression? result = null;
        var left = first;
        var count = 0;
        while (op is { } current)
        {
            CheckChain(++count);
            Advance();
            var right = ParsePredicate();
            var comparison = new BinaryExpression(
                new SourceSpan(left.Span.Start, right.Span.End),
                current,
                left,
                right
            );
            result = result is null
                ? comparison
                : new BinaryExpression(SpanFrom(start), BinaryOperator.And, result, comparison);
            left = right;
            op = ComparisonOperator();
        }
        return result!;
    }

    private BinaryOperator? ComparisonOperator()
    {
        switch (Current.Kind)
        {
            case TokenKind.Equal:
                return BinaryOperator.Equal;
            case TokenKind.NotEqual:
                return BinaryOperator.NotEqual;
            case TokenKind.LessThan:
                return BinaryOperator.LessThan;
            case TokenKind.GreaterThan:
                return BinaryOperator.GreaterThan;
            case TokenKind.LessThanOrEqual:
                return BinaryOperator.LessThanOrEqual;
            case TokenKind.GreaterThanOrEqual:
                return BinaryOperator.GreaterThanOrEqual;
            default:
                Expecting("'='");
                Expecting("'<>'");
                Expecting("'<'");
                Expecting("'>'");
                Expecting("'<='");
                Expecting("'>='");
                return null;
        }
    }

    // <simple comparison predicand> ::= <arithmetic value expression> [ <advanced comparison predicate part 2> ]...
    // <advanced comp op> ::= =~ | STARTS WITH | ENDS WITH | CONTAINS | IN ; plus IS [NOT] NULL and label predicates
    private Expression ParsePredicate()
    {
        var start = Current.Start;
        var left = ParseAdditive();
        var count = 0;
        while (true)
        {
            CheckChain(++count);
            var token = Current;
            if (token.Kind == TokenKind.RegexMatch)
            {
                Advance();
                left = Binary(start, BinaryOperator.RegexMatch, left, ParseAdditive());
                continue;
            }
            if (token.Kind == TokenKind.Colon)
            {
                var labels = ParseLabelExpressionPrefix(inExpression: true);
                left = new LabelPredicate(SpanFrom(start), left, labels);
                continue;
            }
            if (token.Kind != TokenKind.Identifier)
            {
                Expecting("'=~'");
                Expecting("'STARTS WITH'");
                Expecting("'ENDS WITH'");
                Expecting("'CONTAINS'");
                Expecting("'IN'");
                Expecting("'IS'");
                return left;
            }
            if (token.IsKeyword("STARTS") && IsKeywordAt(1, "WITH"))
            {
                Advance();
                Advance();
                left = Binary(start, BinaryOperator.StartsWith, left, ParseAdditive());
            }
            else if (token.IsKeyword("ENDS") && IsKeywordAt(1, "WITH"))
            {
                Advance();
                Advance();
                left = Binary(start, BinaryOperator.EndsWith, left, ParseAdditive());
            }
            else if (token.IsKeyword("CONTAINS"))
            {
                Advance();
                left = Binary(start, BinaryOperator.Contains, left, ParseAdditive());
            }
            else if (token.IsKeyword("IN"))
            {
                Advance();
                left = Binary(start, BinaryOperator.In, left, ParseAdditive());
            }
            else if (token.IsKeyword("IS"))
            {
                Advance();
                if (AcceptKeyword("NULL"))
                {
                    left = new IsNullExpression(SpanFrom(start), left, Negated: false);
                }
                else if (IsKeyword("NOT") && IsKeywordAt(1, "NULL"))
                {
                    Advance();
                    Advance();
                    left = new IsNullExpression(SpanFrom(start), left, Negated: true);
                }
                else if (Is(TokenKind.DoubleColon) || IsKeyword("TYPED") || IsKeyword("NOT"))
                {
                    throw ErrorAt(
                        Current.Start,
                        "Type predicate expressions (IS :: TYPE, IS TYPED) are not supported; use functions such as valueType(x) or toInteger(x)"
                    );
                }
                else
                {
                    // n IS Label: a label predicate in GQL form.
                    _index--;
                    var labels = ParseLabelExpressionPrefix(inExpression: true);
                    left = new LabelPredicate(SpanFrom(start), left, labels);
                }
            }
            else
            {
                Expecting("'STARTS WITH'");
                Expecting("'ENDS WITH'");
                Expecting("'CONTAINS'");
                Expecting("'IN'");
                Expecting("'IS'");
                return left;
            }
        }
    }

    private BinaryExpression Binary(int start, BinaryOperator op, Expression left, Expression right) =>
        new(SpanFrom(start), op, left, right);

    // <arithmetic value expression> ::= <arithmetic term> | <arithmetic value expression> { + | - | || } <arithmetic term>
    private Expression ParseAdditive()
    {
        var start = Current.Start;
        var left = ParseMultiplicative();
        var count = 0;
        while (true)
        {
            BinaryOperator op;
            switch (Current.Kind)
            {
                case TokenKind.Plus:
                    op = BinaryOperator.Add;
                    break;
                case TokenKind.Minus:
                    op = BinaryOperator.Subtract;
                    break;
                case TokenKind.DoublePipe:
                    op = BinaryOperator.Concatenate;
                    break;
                default:
                    Expecting("'+'");
                    Expecting("'-'");
                    return left;
            }
            CheckChain(++count);
            Advance();
            left = Binary(start, op, left, ParseMultiplicative());
        }
    }

    // <arithmetic term> ::= <arithmetic factor> | <arithmetic term> { * | / | % } <arithmetic factor>
    private Expression ParseMultiplicative()
    {
        var start = Current.Start;
        var left = ParsePower();
        var count = 0;
        while (true)
        {
            BinaryOperator op;
            switch (Current.Kind)
            {
                case TokenKind.Star:
                    op = BinaryOperator.Multiply;
                    break;
                case TokenKind.Slash:
                    op = BinaryOperator.Divide;
                    break;
                case TokenKind.Percent:
                    op = BinaryOperator.Modulo;
                    break;
                default:
                    Expecting("'*'");
                    Expecting("'/'");
                    Expecting("'%'");
                    return left;
            }
            CheckChain(++count);
            Advance();
            left = Binary(start, op, left, ParsePower());
        }
    }

    // <arithmetic factor> ::= <arithmetic unary> | <arithmetic factor> ^ <arithmetic unary>   (left-associative)
    private Expression ParsePower()
    {
        var start = Current.Start;
        var left = ParseUnary();
        var count = 0;
        while (Accept(TokenKind.Caret))
        {
            CheckChain(++count);
            left = Binary(start, BinaryOperator.Power, left, ParseUnary());
        }
        return left;
    }

    // <arithmetic unary> ::= [ <sign> ] <postfix expression>
    private Expression ParseUnary()
    {
        var start = Current.Start;
        var kind = Current.Kind;
        if (kind is TokenKind.Minus or TokenKind.Plus)
        {
            Advance();
            if (kind == TokenKind.Minus && Current.Kind is TokenKind.Integer or TokenKind.Float)
            {
                // Fold the sign into the literal so the most negative integer is representable.
                var number = ParseNumber(negative: true, signStart: start);
                return ParsePostfixOperators(start, number);
            }
            Enter();
            var operand = ParseUnary();
            Exit();
            return new UnaryExpression(
                SpanFrom(start),
                kind == TokenKind.Minus ? UnaryOperator.Negate : UnaryOperator.Plus,
                operand
            );
        }
        return ParsePostfixExpression();
    }

    // <postfix expression> ::= <value expression primary> | <postfix expression> <postfix operator>
    private Expression ParsePostfixExpression()
    {
        var start = Current.Start;
        var primary = ParsePrimary();
        return ParsePostfixOperators(start, primary);
    }

    // <postfix operator> ::= . <property name> | [ <value expression> ] | [ [from] .. [to] ]
    private Expression ParsePostfixOperators(int start, Expression expression)
    {
        var count = 0;
        while (true)
        {
            if (Accept(TokenKind.Dot))
            {
                CheckChain(++count);
                var name = ExpectName("a property name");
                expression = new PropertyLookup(SpanFrom(start), expression, name);
                continue;
            }
            if (Accept(TokenKind.LeftBracket))
            {
                CheckChain(++count);
                Enter();
                var saved = _pipeEndsLabels;
                _pipeEndsLabels = false;
                if (Accept(TokenKind.DotDot))
                {
                    var to = Is(TokenKind.RightBracket) ? null : ParseExpression();
                    Expect(TokenKind.RightBracket);
                    expression = new SliceExpression(SpanFrom(start), expression, null, to);
                }
                else
                {
                    var index = ParseExpression();
                    if (Accept(TokenKind.DotDot))
                    {
                        var to = Is(TokenKind.RightBracket) ? null : ParseExpression();
                        Expect(TokenKind.RightBracket);
                        expression = new SliceExpression(SpanFrom(start), expression, index, to);
                    }
                    else
                    {
                        Expect(TokenKind.RightBracket);
                        expression = new IndexExpression(SpanFrom(start), expression, index);
                    }
                }
                _pipeEndsLabels = saved;
                Exit();
                continue;
            }
            Expecting("'.'");
            Expecting("'['");
            return expression;
        }
    }
}
