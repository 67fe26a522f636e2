using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Parsing;

internal sealed partial class Parser
{
    // Set while parsing the WHERE of a comprehension, where '|' starts the projection, not a label disjunction.
    private bool _pipeEndsLabels;

    // True while parsing a label predicate inside an expression (n:A|B) rather than a pattern.
    private bool _labelsInExpression;

    // <path pattern list> ::= <path pattern> [ { , <path pattern> }... ]
    private Pattern ParsePattern()
    {
        var start = Current.Start;
        var parts = new List<PatternPart>();
        do
        {
            parts.Add(ParsePatternPart());
        } while (Accept(TokenKind.Comma));
        return new Pattern(SpanFrom(start), parts);
    }

    // <path pattern> ::= [ <path variable> = ] [ <path pattern prefix> ] <path pattern expression>
    // <legacy shortest path pattern> ::= { SHORTESTPATH | ALLSHORTESTPATHS } ( <simple path pattern> )
    private PatternPart ParsePatternPart()
    {
        var start = Current.Start;
        Variable? variable = null;
        if (IsNameStart && PeekKind(1) == TokenKind.Equal)
        {
            variable = ParseVariable();
            Advance();
        }
        var selector = PathSelector.None;
        if (IsKeyword("SHORTESTPATH") && PeekKind(1) == TokenKind.LeftParen)
        {
            selector = PathSelector.ShortestPath;
        }
        else if (IsKeyword("ALLSHORTESTPATHS") && PeekKind(1) == TokenKind.LeftParen)
        {
            selector = PathSelector.AllShortestPaths;
        }
        else if (
            (IsKeyword("SHORTEST") || IsKeyword("ANY") || IsKeyword("ALL"))
            && PeekKind(1) is TokenKind.Identifier or TokenKind.Integer or TokenKind.LeftParen
        )
        {
            throw ErrorAt(
                Current.Start,
                $"Invalid input '{Current.Text}': path selectors (SHORTEST, ANY, ALL SHORTEST) are not supported; use shortestPath(...) or allShortestPaths(...)"
            );
        }
        if (selector != PathSelector.None)
        {
            Advance();
            Expect(TokenKind.LeftParen);
            Enter();
            var inner = ParsePatternElement();
            Expect(TokenKind.RightParen);
            Exit();
            return new PatternPart(SpanFrom(start), variable, selector, inner);
        }
        var element = ParsePatternElement();
        return new PatternPart(SpanFrom(start), variable, PathSelector.None, element);
    }

    // <simple path pattern> ::= <node pattern> { <relationship pattern> <node pattern> }...
    private PatternElement ParsePatternElement()
    {
        var start = Current.Start;
        if (Is(TokenKind.LeftParen) && PeekKind(1) == TokenKind.LeftParen)
        {
            // <parenthesized path pattern expression>: ( <path pattern> ), possibly quantified.
            Advance();
            Enter();
            var inner = ParsePatternElement();
            if (IsKeyword("WHERE"))
            {
                throw QuantifiedPathNotSupported(Current.Start);
            }
            Expect(TokenKind.RightParen);
            Exit();
            if (Is(TokenKind.LeftBrace) || Is(TokenKind.Plus) || Is(TokenKind.Star) || IsRelationshipStart())
            {
                throw QuantifiedPathNotSupported(start);
            }
            return inner with { Span = SpanFrom(start) };
        }
        var node = ParseNodePattern();
        var steps = new List<PatternStep>();
        while (IsRelationshipStart())
        {
            CheckChain(steps.Count);
            var stepStart = Current.Start;
            var relationship = ParseRelationshipPattern();
            if (Is(TokenKind.LeftBrace) || Is(TokenKind.Plus) || Is(TokenKind.Star))
            {
                throw QuantifiedPathNotSupported(relationship.Span.Start);
            }
            if (Is(TokenKind.LeftParen) && PeekKind(1) == TokenKind.LeftParen)
            {
                throw QuantifiedPathNotSupported(Current.Start);
            }
            var next = ParseNodePattern();
            steps.Add(new PatternStep(SpanFrom(stepStart), relationship, next));
        }
        if (Is(TokenKind.LeftParen) && PeekKind(1) == TokenKind.LeftParen)
        {
            throw QuantifiedPathNotSupported(Current.Start);
        }
        return new PatternElement(SpanFrom(start), node, steps);
    }

    private Graph.Errors.CypherSyntaxException QuantifiedPathNotSupported(int offset) =>
        ErrorAt(
            offset,
            "Quantified path patterns ((a)-->(b)){1,3} are not supported; use a variable-length relationship such as (a)-[*1..3]->(b)"
        );

    private bool IsRelationshipStart()
    {
        var kind = Current.Kind;
        if (kind == TokenKind.Minus)
        {
            return true;
        }
        return kind == TokenKind.LessThan && PeekKind(1) == TokenKind.Minus;
    }

    // <node pattern> ::= ( [ <binding variable> ] [ <is node label expression> ] [ <element property specification> | <parameter> ] [ WHERE <value expression> ] )
    private NodePattern ParseNodePattern()
    {
        var start = Current.Start;
        Expect(TokenKind.LeftParen);
        Enter();
        Variable? variable = null;
        if (
            IsNameStart
            && !(
                IsKeyword("WHERE")
                && PeekKind(1)
                    is not (TokenKind.RightParen or TokenKind.Colon or TokenKind.LeftBrace or TokenKind.Dollar)
            )
        )
        {
            variable = ParseVariable();
        }
        LabelExpression? labels = null;
        if (Is(TokenKind.Colon) || (variable is not null && IsKeyword("IS")))
        {
            labels = ParseLabelExpressionPrefix();
        }
        else
        {
            Expecting("':'");
        }
        var properties = ParseElementProperties();
        Expression? where = null;
        if (AcceptKeyword("WHERE"))
        {
            where = ParseExpression();
        }
        Expect(TokenKind.RightParen);
        Exit();
        return new NodePattern(SpanFrom(start), variable, labels, properties, where);
    }

    // <element property specification> ::= <map literal> | <parameter>
    private Expression? ParseElementProperties()
    {
        if (Is(TokenKind.LeftBrace))
        {
            return ParseMapLiteral();
        }
        if (Is(TokenKind.Dollar))
        {
            return ParseParameter();
        }
        Expecting("'{'");
        Expecting("a parameter");
        return null;
    }

    // <full relationship pattern> ::= [<] - [ '[' <relationship pattern filler> ']' ] - [>]
    private RelationshipPattern ParseRelationshipPattern()
    {
        var start = Current.Start;
        var left = Accept(TokenKind.LessThan);
        Expect(TokenKind.Minus);
        Variable? variable = null;
        LabelExpression? types = null;
        PathLength? length = null;
        Expression? properties = null;
        Expression? where = null;
        if (Accept(TokenKind.LeftBracket))
        {
            Enter();
            // <relationship pattern filler> ::= [var] [<is relationship label expression>] [<path length>] [<properties>] [WHERE …]
            if (IsNameStart && !(IsKeyword("WHERE") && PeekKind(1) is not (TokenKind.RightBracket or TokenKind.Colon)))
            {
                variable = ParseVariable();
            }
            if (Is(TokenKind.Colon) || (variable is not null && IsKeyword("IS")))
            {
                types = ParseLabelExpressionPrefix();
            }
            else
            {
                Expecting("':'");
            }
            if (Is(TokenKind.Star))
            {
                length = ParsePathLength();
            }
            else
            {
                Expecting("'*'");
            }
            properties = ParseElementProperties();
            if (AcceptKeyword("WHERE"))
            {
                where = ParseExpression();
            }
            if (!Is(TokenKind.RightBracket))
            {
                Expecting("']'");
                throw Unexpected(SyntaxErrors.InvalidRelationshipPattern);
            }
            Advance();
            Exit();
        }
        if (!Is(TokenKind.Minus))
        {
            Expecting("'-'");
            throw Unexpected(SyntaxErrors.InvalidRelationshipPattern);
        }
        Advance();
        var right = Accept(TokenKind.GreaterThan);
        var direction =
            left && !right ? RelationshipDirection.Incoming
            : right && !left ? RelationshipDirection.Outgoing
            : RelationshipDirection.Undirected;
        return new RelationshipPattern(SpanFrom(start), variable, direction, types, length, properties, where);
    }

    // <path length> ::= * [ <lower bound> ] [ .. [ <upper bound> ] ]
    private PathLength ParsePathLength()
    {
        var start = Current.Start;
        Expect(TokenKind.Star);
        long? min = null;
        long? max = null;
        if (Is(TokenKind.Integer))
        {
            min = ParsePathBound();
            max = min;
        }
        if (Accept(TokenKind.DotDot))
        {
            max = null;
            if (Is(TokenKind.Integer))
            {
                max = ParsePathBound();
            }
            else
            {
                Expecting("an integer");
            }
        }
        else
        {
            Expecting("'..'");
        }
        return new PathLength(SpanFrom(start), min, max);
    }

    private long ParsePathBound()
    {
        var token = Advance();
        var literal = ConvertInteger(token, negative: false);
        return literal.Value;
    }

    // <is label expression> ::= { : | IS } <label expression>, with the legacy forms :A:B and :A|:B
    private LabelExpression ParseLabelExpressionPrefix(bool inExpression = false)
    {
        if (!AcceptKeyword("IS"))
        {
            Expect(TokenKind.Colon);
        }
        var saved = _labelsInExpression;
        _labelsInExpression = inExpression;
        var labels = ParseLabelOr();
        _labelsInExpression = saved;
        return labels;
    }

    // <label expression> ::= <label term> | <label expression> '|' <label term>
    private LabelExpression ParseLabelOr()
    {
        var start = Current.Start;
        var first = ParseLabelAnd();
        if (!IsLabelDisjunction())
        {
            return first;
        }
        var operands = new List<LabelExpression> { first };
        while (IsLabelDisjunction())
        {
            CheckChain(operands.Count);
            Advance();
            Accept(TokenKind.Colon);
            operands.Add(ParseLabelAnd());
        }
        return new LabelDisjunction(SpanFrom(start), operands);
    }

    private bool IsLabelDisjunction()
    {
        if (!Is(TokenKind.Pipe))
        {
            return false;
        }
        return !(_labelsInExpression && _pipeEndsLabels);
    }

    // <label term> ::= <label factor> | <label term> & <label factor>   (legacy: <label term> : <label factor>)
    private LabelExpression ParseLabelAnd()
    {
        var start = Current.Start;
        var first = ParseLabelFactor();
        if (!Is(TokenKind.Ampersand) && !Is(TokenKind.Colon))
        {
            return first;
        }
        var operands = new List<LabelExpression> { first };
        while (Accept(TokenKind.Ampersand) || Accept(TokenKind.Colon))
        {
            CheckChain(operands.Count);
            operands.Add(ParseLabelFactor());
        }
        return new LabelConjunction(SpanFrom(start), operands);
    }

    // <label factor> ::= <label primary> | ! <label primary>
    private LabelExpression ParseLabelFactor()
    {
        var start = Current.Start;
        if (Accept(TokenKind.Bang))
        {
            Enter();
            var operand = ParseLabelFactor();
            Exit();
            return new LabelNegation(SpanFrom(start), operand);
        }
        // <label primary> ::= <label name> | ( <label expression> ) | %
        if (Accept(TokenKind.Percent))
        {
            return new LabelWildcard(SpanFrom(start));
        }
        if (Accept(TokenKind.LeftParen))
        {
            Enter();
            var saved = _pipeEndsLabels;
            _pipeEndsLabels = false;
            var inner = ParseLabelOr();
            _pipeEndsLabels = saved;
            Expect(TokenKind.RightParen);
            Exit();
            return inner;
        }
        var name = ExpectName("a label or relationship type name");
        return new LabelName(SpanFrom(start), name);
    }
}
