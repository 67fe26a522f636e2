using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Parsing;

internal sealed partial class Parser
{
    // <value expression primary> ::= <parenthesized value expression> | <non-parenthesized value expression primary>
    private Expression ParsePrimary()
    {
        var token = Current;
        var start = token.Start;
        switch (token.Kind)
        {
            case TokenKind.Integer:
            case TokenKind.Float:
                return ParseNumber(negative: false, signStart: start);
            case TokenKind.String:
                Advance();
                return new StringLiteral(new SourceSpan(token.Start, token.End), token.Text!);
            case TokenKind.Dollar:
                return ParseParameter();
            case TokenKind.LeftBrace:
                return ParseMapLiteral();
            case TokenKind.LeftBracket:
                return ParseBracketExpression();
            case TokenKind.LeftParen:
                if (LooksLikePattern(_index))
                {
                    var element = ParsePatternElement();
                    if (element.Steps.Count == 0)
                    {
                        throw ErrorAt(
                            start,
                            $"Invalid input '{SourceText(element.Span)}': a pattern used as an expression needs at least one relationship, e.g. (a)-->(b)"
                        );
                    }
                    return new PatternExpression(element.Span, element);
                }
                Advance();
                Enter();
                var saved = _pipeEndsLabels;
                _pipeEndsLabels = false;
                var inner = ParseExpression();
                _pipeEndsLabels = saved;
                Expect(TokenKind.RightParen);
                Exit();
                return inner;
            case TokenKind.Identifier:
                return ParseWordPrimary(token);
            case TokenKind.QuotedIdentifier:
                return ParseNamePrimary();
            default:
                Expecting("an expression");
                throw Unexpected();
        }
    }

    private Expression ParseWordPrimary(Token token)
    {
        var start = token.Start;
        var next = PeekKind(1);
        switch (token.Text!.ToUpperInvariant())
        {
            case "TRUE":
                Advance();
                return new BooleanLiteral(new SourceSpan(token.Start, token.End), true);
            case "FALSE":
                Advance();
                return new BooleanLiteral(new SourceSpan(token.Start, token.End), false);
            case "NULL":
                Advance();
                return new NullLiteral(new SourceSpan(token.Start, token.End));
            case "CASE":
                return ParseCase();
            case "COUNT"
                when next == TokenKind.LeftParen
                    && PeekKind(2) == TokenKind.Star
                    && PeekKind(3) == TokenKind.RightParen:
                Advance();
                Advance();
                Advance();
                Advance();
                return new CountStar(SpanFrom(start));
            case "COUNT" when next == TokenKind.LeftBrace:
            {
                Advance();
                var (pattern, where, query) = ParseSubqueryBody(allowPattern: true);
                return new CountSubquery(SpanFrom(start), pattern, where, query);
            }
            case "EXISTS" when next == TokenKind.LeftBrace:
            {
                Advance();
                var (pattern, where, query) = ParseSubqueryBody(allowPattern: true);
                return new ExistsSubquery(SpanFrom(start), pattern, where, query);
            }
            case "COLLECT" when next == TokenKind.LeftBrace:
            {
                Advance();
                var (_, _, query) = ParseSubqueryBody(allowPattern: false);
                return new CollectSubquery(SpanFrom(start), query!);
            }
            case "ALL"
            or "ANY"
            or "NONE"
            or "SINGLE" when next == TokenKind.LeftParen && IsName(PeekToken(2)) && PeekToken(3).IsKeyword("IN"):
                return ParseQuantifier(token);
            case "REDUCE" when next == TokenKind.LeftParen:
                return ParseReduce();
            case "SHORTESTPATH" or "ALLSHORTESTPATHS" when next == TokenKind.LeftParen:
            {
                var part = ParsePatternPart();
                return new ShortestPathExpression(part.Span, part);
            }
            default:
                return ParseNamePrimary();
        }
    }

    // <function invocation> | <map projection> | <binding variable reference>
    private Expression ParseNamePrimary()
    {
        var start = Current.Start;
        if (IsFunctionCallAhead())
        {
            return ParseFunctionInvocation();
        }
        var variable = ParseVariable();
        if (Is(TokenKind.LeftBrace))
        {
            return ParseMapProjection(start, variable);
        }
        return variable;
    }

    private bool IsFunctionCallAhead()
    {
        var i = _index;
        while (true)
        {
            if (!IsName(_tokens[i]))
            {
                return false;
            }
            var next = _tokens[i + 1].Kind;
            if (next == TokenKind.LeftParen)
            {
                return true;
            }
            if (next != TokenKind.Dot)
            {
                return false;
            }
            i += 2;
            if (i >= _tokens.Count)
            {
                return false;
            }
        }
    }

    // <function invocation> ::= <function reference> ( [DISTINCT] [ <function argument list> ] )
    private FunctionInvocation ParseFunctionInvocation()
    {
        var start = Current.Start;
        var (ns, name) = ParseQualifiedName("a function name");
        Expect(TokenKind.LeftParen);
        Enter();
        var distinct = AcceptKeyword("DISTINCT");
        if (!distinct)
        {
            AcceptKeyword("ALL");
        }
        var arguments = new List<Expression>();
        if (!Is(TokenKind.RightParen))
        {
            do
            {
                arguments.Add(ParseExpression());
            } while (Accept(TokenKind.Comma));
        }
        Expect(TokenKind.RightParen);
        Exit();
        return new FunctionInvocation(SpanFrom(start), ns, name, distinct, arguments);
    }

    // <general parameter reference> ::= $ <parameter name>
    private Parameter ParseParameter()
    {
        var start = Current.Start;
        Expect(TokenKind.Dollar);
        var token = Current;
        if (IsName(token))
        {
            Advance();
            return new Parameter(SpanFrom(start), token.Text!);
        }
        if (token.Kind == TokenKind.Integer && IsDecimalDigits(token))
        {
            Advance();
            return new Parameter(SpanFrom(start), _text.Substring(token.Start, token.End - token.Start));
        }
        Expecting("a parameter name");
        throw Unexpected();
    }

    private bool IsDecimalDigits(Token token)
    {
        for (var i = token.Start; i < token.End; i++)
        {
            if (_text[i] is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }

    // <map value constructor> ::= { [ <field name> : <value expression> [, …] ] }
    private MapLiteral ParseMapLiteral()
    {
        var start = Current.Start;
        Expect(TokenKind.LeftBrace);
        Enter();
        var saved = _pipeEndsLabels;
        _pipeEndsLabels = false;
        var entries = new List<MapEntry>();
        if (!Is(TokenKind.RightBrace))
        {
            do
            {
                var entryStart = Current.Start;
                var key = ExpectName("a property key name");
                Expect(TokenKind.Colon);
                var value = ParseExpression();
                entries.Add(new MapEntry(SpanFrom(entryStart), key, value));
            } while (Accept(TokenKind.Comma));
        }
        Expect(TokenKind.RightBrace);
        _pipeEndsLabels = saved;
        Exit();
        return new MapLiteral(SpanFrom(start), entries);
    }

    // <map projection> ::= <binding variable> { [ <map projection element> [, …] ] }
    private MapProjection ParseMapProjection(int start, Variable subject)
    {
        Expect(TokenKind.LeftBrace);
        Enter();
        var items = new List<MapProjectionItem>();
        if (!Is(TokenKind.RightBrace))
        {
            do
            {
                var itemStart = Current.Start;
                if (Accept(TokenKind.Dot))
                {
                    if (Accept(TokenKind.Star))
                    {
                        items.Add(new AllPropertiesSelector(SpanFrom(itemStart)));
                    }
                    else
                    {
                        var property = ExpectName("a property name or '*'");
                        items.Add(new PropertySelector(SpanFrom(itemStart), property));
                    }
                }
                else if (IsNameStart && PeekKind(1) == TokenKind.Colon)
                {
                    var key = ExpectName("a key");
                    Advance();
                    var value = ParseExpression();
                    items.Add(new MapProjectionEntry(SpanFrom(itemStart), key, value));
                }
                else
                {
                    Expecting("'.'");
                    var variable = ParseVariable();
                    items.Add(new VariableSelector(SpanFrom(itemStart), variable));
                }
            } while (Accept(TokenKind.Comma));
        }
        Expect(TokenKind.RightBrace);
        Exit();
        return new MapProjection(SpanFrom(start), subject, items);
    }

    // '[' … ']': <list value constructor> | <list comprehension> | <pattern comprehension>
    private Expression ParseBracketExpression()
    {
        var start = Current.Start;
        Expect(TokenKind.LeftBracket);
        Enter();
        var saved = _pipeEndsLabels;
        _pipeEndsLabels = false;
        Expression result;
        if (IsNameStart && IsKeywordAt(1, "IN"))
        {
            result = ParseListComprehension(start);
        }
        else if (
            (IsNameStart && PeekKind(1) == TokenKind.Equal && PeekKind(2) == TokenKind.LeftParen)
            || (Is(TokenKind.LeftParen) && LooksLikePattern(_index))
        )
        {
            result = ParsePatternComprehensionOrList(start);
        }
        else
        {
            result = ParseListLiteralRest(start, []);
        }
        _pipeEndsLabels = saved;
        Exit();
        return result;
    }

    private ListLiteral ParseListLiteralRest(int start, List<Expression> items)
    {
        if (items.Count > 0 || !Is(TokenKind.RightBracket))
        {
            if (items.Count == 0)
            {
                items.Add(ParseExpression());
            }
            while (Accept(TokenKind.Comma))
            {
                items.Add(ParseExpression());
            }
        }
        Expect(TokenKind.RightBracket);
        return new ListLiteral(SpanFrom(start), items);
    }

    // <list comprehension> ::= [ <binding variable> IN <value expression> [ WHERE … ] [ | <value expression> ] ]
    private Expression ParseListComprehension(int start)
    {
        var itemStart = Current.Start;
        var variable = ParseVariable();
        ExpectKeyword("IN");
        var source = ParseExpression();
        if (Is(TokenKind.Comma))
        {
            // [x IN list, y]: a list literal whose first element is the predicate x IN list.
            var first = new BinaryExpression(SpanFrom(itemStart), BinaryOperator.In, variable, source);
            return ParseListLiteralRest(start, [first]);
        }
        Expression? where = null;
        if (AcceptKeyword("WHERE"))
        {
            _pipeEndsLabels = true;
            where = ParseExpression();
            _pipeEndsLabels = false;
        }
        Expression? projection = null;
        if (Accept(TokenKind.Pipe))
        {
            projection = ParseExpression();
        }
        Expect(TokenKind.RightBracket);
        return new ListComprehension(SpanFrom(start), variable, source, where, projection);
    }

    // <pattern comprehension> ::= [ [ <binding variable> = ] <simple path pattern> [ WHERE … ] | <value expression> ]
    private Expression ParsePatternComprehensionOrList(int start)
    {
        var restart = _index;
        Variable? pathVariable = null;
        if (IsNameStart)
        {
            pathVariable = ParseVariable();
            Expect(TokenKind.Equal);
        }
        var element = ParsePatternElement();
        if (pathVariable is null && !IsKeyword("WHERE") && !Is(TokenKind.Pipe))
        {
            // Not a comprehension: a list whose first element starts with a pattern expression.
            _index = restart;
            return ParseListLiteralRest(start, []);
        }
        Expression? where = null;
        if (AcceptKeyword("WHERE"))
        {
            _pipeEndsLabels = true;
            where = ParseExpression();
            _pipeEndsLabels = false;
        }
        Expect(TokenKind.Pipe);
        var projection = ParseExpression();
        Expect(TokenKind.RightBracket);
        return new PatternComprehension(SpanFrom(start), pathVariable, element, where, projection);
    }

    /// <summary>
    /// At '(' : does a relationship pattern start here, as in (a)-->(b), (a:L)&lt;-[:T]-(), ()--()? Checks the node
    /// content shape first (cheap), then finds the matching ')' and looks for a relationship arrow after it.
    /// </summary>
    private bool LooksLikePattern(int index)
    {
        var i = index + 1;
        var t = _tokens[i];
        if (IsName(t))
        {
            var after = _tokens[i + 1];
            if (
                after.Kind is not (TokenKind.RightParen or TokenKind.Colon or TokenKind.LeftBrace or TokenKind.Dollar)
                && !after.IsKeyword("WHERE")
                && !after.IsKeyword("IS")
            )
            {
                return false;
            }
        }
        else if (t.Kind is not (TokenKind.RightParen or TokenKind.Colon))
        {
            return false;
        }
        var depth = 1;
        while (depth > 0)
        {
            var kind = _tokens[i].Kind;
            if (kind == TokenKind.EndOfInput)
            {
                return false;
            }
            if (kind == TokenKind.LeftParen)
            {
                depth++;
            }
            else if (kind == TokenKind.RightParen)
            {
                depth--;
            }
            i++;
        }
        var first = _tokens[i].Kind;
        var second = i + 1 < _tokens.Count ? _tokens[i + 1].Kind : TokenKind.EndOfInput;
        if (first == TokenKind.Minus)
        {
            return second is TokenKind.Minus or TokenKind.LeftBracket or TokenKind.GreaterThan;
        }
        return first == TokenKind.LessThan && second == TokenKind.Minus;
    }

    // <case expression> ::= CASE [ <case operand> ] { WHEN … THEN … }... [ ELSE … ] END
    private CaseExpression ParseCase()
    {
        var start = Current.Start;
        ExpectKeyword("CASE");
        Enter();
        Expression? subject = null;
        if (!IsKeyword("WHEN"))
        {
            subject = ParseExpression();
        }
        var alternatives = new List<CaseAlternative>();
        do
        {
            var whenStart = Current.Start;
            ExpectKeyword("WHEN");
            var when = ParseExpression();
            ExpectKeyword("THEN");
            var then = ParseExpression();
            alternatives.Add(new CaseAlternative(SpanFrom(whenStart), when, then));
        } while (IsKeyword("WHEN"));
        Expression? otherwise = null;
        if (AcceptKeyword("ELSE"))
        {
            otherwise = ParseExpression();
        }
        ExpectKeyword("END");
        Exit();
        return new CaseExpression(SpanFrom(start), subject, alternatives, otherwise);
    }

    // <quantifier expression> ::= { ALL | ANY | NONE | SINGLE } ( <binding variable> IN <value expression> [ WHERE … ] )
    private QuantifierExpression ParseQuantifier(Token token)
    {
        var start = token.Start;
        Advance();
        var quantifier = token.Text!.ToUpperInvariant() switch
        {
            "ALL" => Quantifier.All,
            "ANY" => Quantifier.Any,
            "NONE" => Quantifier.None,
            _ => Quantifier.Single,
        };
        Expect(TokenKind.LeftParen);
        Enter();
        var variable = ParseVariable();
        ExpectKeyword("IN");
        var source = ParseExpression();
        Expression? where = null;
        if (AcceptKeyword("WHERE"))
        {
            where = ParseExpression();
        }
        Expect(TokenKind.RightParen);
        Exit();
        return new QuantifierExpression(SpanFrom(start), quantifier, variable, source, where);
    }

    // <reduce expression> ::= REDUCE ( <binding variable> = <value expression> , <binding variable> IN <value expression> | <value expression> )
    private ReduceExpression ParseReduce()
    {
        var start = Current.Start;
        Advance();
        Expect(TokenKind.LeftParen);
        Enter();
        var accumulator = ParseVariable();
        Expect(TokenKind.Equal);
        var initial = ParseExpression();
        Expect(TokenKind.Comma);
        var variable = ParseVariable();
        ExpectKeyword("IN");
        var source = ParseExpression();
        Expect(TokenKind.Pipe);
        var step = ParseExpression();
        Expect(TokenKind.RightParen);
        Exit();
        return new ReduceExpression(SpanFrom(start), accumulator, initial, variable, source, step);
    }

    // <subquery expression argument> ::= { <query> } | { <graph pattern> [ WHERE … ] }
    private (Pattern? Pattern, Expression? Where, Query? Query) ParseSubqueryBody(bool allowPattern)
    {
        Expect(TokenKind.LeftBrace);
        Enter();
        var saved = _pipeEndsLabels;
        _pipeEndsLabels = false;
        (Pattern?, Expression?, Query?) result;
        if (!allowPattern || IsQueryStart())
        {
            var query = ParseQuery();
            result = (null, null, query);
        }
        else
        {
            var pattern = ParsePattern();
            var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
            result = (pattern, where, null);
        }
        Expect(TokenKind.RightBrace);
        _pipeEndsLabels = saved;
        Exit();
        return result;
    }

    private bool IsQueryStart()
    {
        var token = Current;
        if (token.Kind != TokenKind.Identifier || PeekKind(1) == TokenKind.Equal)
        {
            return false;
        }
        foreach (var keyword in s_clauseKeywords)
        {
            if (token.IsKeyword(keyword))
            {
                return true;
            }
        }
        return false;
    }
}
