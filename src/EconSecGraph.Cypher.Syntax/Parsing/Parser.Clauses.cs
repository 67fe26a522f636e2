using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Parsing;

internal sealed partial class Parser
{
    // <match statement> ::= [OPTIONAL] MATCH <graph pattern> [<hint>...] [WHERE <search condition>]
    private MatchClause ParseMatch()
    {
        var start = Current.Start;
        var optional = AcceptKeyword("OPTIONAL");
        ExpectKeyword("MATCH");
        var pattern = ParsePattern();
        SkipHints();
        var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        return new MatchClause(SpanFrom(start), optional, pattern, where);
    }

    // <hint> ::= USING [RANGE|TEXT|POINT] INDEX [SEEK] v:L(p, …) | USING SCAN v:L | USING JOIN ON v, …
    // Planner hints do not change results; they are accepted and dropped.
    private void SkipHints()
    {
        while (AcceptKeyword("USING"))
        {
            if (AcceptKeyword("JOIN"))
            {
                ExpectKeyword("ON");
                do
                {
                    ParseVariable();
                } while (Accept(TokenKind.Comma));
                continue;
            }
            if (AcceptKeyword("SCAN"))
            {
                ParseVariable();
                ParseHintLabel();
                continue;
            }
            foreach (var kind in s_indexKindKeywords)
            {
                if (AcceptKeyword(kind))
                {
                    break;
                }
            }
            ExpectKeyword("INDEX");
            AcceptKeyword("SEEK");
            ParseVariable();
            ParseHintLabel();
            Expect(TokenKind.LeftParen);
            do
            {
                ExpectName("a property name");
            } while (Accept(TokenKind.Comma));
            Expect(TokenKind.RightParen);
        }
    }

    private void ParseHintLabel()
    {
        Expect(TokenKind.Colon);
        ExpectName("a label or relationship type");
    }

    // <unwind statement> ::= UNWIND <value expression> AS <binding variable>
    private UnwindClause ParseUnwind()
    {
        var start = Current.Start;
        ExpectKeyword("UNWIND");
        var expression = ParseExpression();
        ExpectKeyword("AS");
        var variable = ParseVariable();
        return new UnwindClause(SpanFrom(start), expression, variable);
    }

    // <with statement> ::= WITH <return statement body> [WHERE <search condition>]
    private WithClause ParseWith()
    {
        var start = Current.Start;
        ExpectKeyword("WITH");
        var projection = ParseProjectionBody();
        var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        return new WithClause(SpanFrom(start), projection, where);
    }

    // <return statement> ::= RETURN <return statement body>
    private ReturnClause ParseReturn()
    {
        var start = Current.Start;
        ExpectKeyword("RETURN");
        var projection = ParseProjectionBody();
        return new ReturnClause(SpanFrom(start), projection);
    }

    // <return statement body> ::= [DISTINCT] { * [, <return item>…] | <return item list> } [<order by>] [<offset>] [<limit>]
    private ProjectionBody ParseProjectionBody()
    {
        var start = Current.Start;
        var distinct = AcceptKeyword("DISTINCT");
        var includeExisting = false;
        var items = new List<ProjectionItem>();
        if (Accept(TokenKind.Star))
        {
            includeExisting = true;
            while (Accept(TokenKind.Comma))
            {
                items.Add(ParseProjectionItem());
            }
        }
        else
        {
            do
            {
                items.Add(ParseProjectionItem());
            } while (Accept(TokenKind.Comma));
        }
        var (orderBy, skip, limit) = ParseOrderSkipLimit();
        return new ProjectionBody(SpanFrom(start), distinct, includeExisting, items, orderBy, skip, limit);
    }

    private (IReadOnlyList<SortItem> OrderBy, Expression? Skip, Expression? Limit) ParseOrderSkipLimit()
    {
        IReadOnlyList<SortItem> orderBy = [];
        if (AcceptKeyword("ORDER"))
        {
            ExpectKeyword("BY");
            orderBy = ParseSortItems();
        }
        Expression? skip = null;
        if (AcceptKeyword("SKIP") || AcceptKeyword("OFFSET"))
        {
            skip = ParseExpression();
        }
        var limit = AcceptKeyword("LIMIT") ? ParseExpression() : null;
        return (orderBy, skip, limit);
    }

    // <return item> ::= <value expression> [AS <binding variable>]
    private ProjectionItem ParseProjectionItem()
    {
        var start = Current.Start;
        var expression = ParseExpression();
        var expressionEnd = PreviousEnd;
        Variable? alias = null;
        if (AcceptKeyword("AS"))
        {
            alias = ParseVariable();
        }
        var name = alias?.Name ?? _text.Substring(start, expressionEnd - start);
        return new ProjectionItem(SpanFrom(start), expression, alias, name);
    }

    // <sort specification list> ::= <sort key> [ASC | ASCENDING | DESC | DESCENDING] [, …]
    private List<SortItem> ParseSortItems()
    {
        var items = new List<SortItem>();
        do
        {
            var start = Current.Start;
            var expression = ParseExpression();
            var descending = false;
            if (AcceptKeyword("DESC") || AcceptKeyword("DESCENDING"))
            {
                descending = true;
            }
            else if (!AcceptKeyword("ASC"))
            {
                AcceptKeyword("ASCENDING");
            }
            items.Add(new SortItem(SpanFrom(start), expression, descending));
        } while (Accept(TokenKind.Comma));
        return items;
    }
}
