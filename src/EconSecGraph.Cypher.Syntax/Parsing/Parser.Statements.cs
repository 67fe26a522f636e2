using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Parsing;

internal sealed partial class Parser
{
    private static readonly string[] s_clauseKeywords =
    [
        "MATCH",
        "OPTIONAL",
        "RETURN",
        "WITH",
        "UNWIND",
        "CREATE",
        "MERGE",
        "SET",
        "REMOVE",
        "DELETE",
        "DETACH",
        "FOREACH",
        "CALL",
        "LOAD",
        "USE",
        "FINISH",
    ];

    private static readonly string[] s_indexKindKeywords =
    [
        "RANGE",
        "TEXT",
        "POINT",
        "FULLTEXT",
        "LOOKUP",
        "VECTOR",
        "BTREE",
    ];

    // <program> ::= [EXPLAIN | PROFILE] ( <statement> | <schema command> ) [;]
    public CypherStatement ParseStatement()
    {
        var start = Current.Start;
        var mode = StatementMode.Execute;
        if (AcceptKeyword("EXPLAIN"))
        {
            mode = StatementMode.Explain;
        }
        else if (AcceptKeyword("PROFILE"))
        {
            mode = StatementMode.Profile;
        }
        StatementBody body = IsSchemaCommandStart() ? ParseSchemaCommand() : ParseQuery();
        Accept(TokenKind.Semicolon);
        if (!Is(TokenKind.EndOfInput))
        {
            Expecting("end of input");
            throw Unexpected();
        }
        return new CypherStatement(new SourceSpan(start, _text.Length), _text, mode, body);
    }

    // <value expression> <end of input>
    public Expression ParseStandaloneExpression()
    {
        var expression = ParseExpression();
        if (!Is(TokenKind.EndOfInput))
        {
            Expecting("end of input");
            throw Unexpected();
        }
        return expression;
    }

    private bool IsSchemaCommandStart()
    {
        if (IsKeyword("DROP") || IsKeyword("SHOW"))
        {
            return true;
        }
        if (!IsKeyword("CREATE"))
        {
            return false;
        }
        if (IsKeywordAt(1, "INDEX") || IsKeywordAt(1, "CONSTRAINT"))
        {
            return true;
        }
        if (IsKeywordAt(1, "OR") && IsKeywordAt(2, "REPLACE"))
        {
            return true;
        }
        foreach (var kind in s_indexKindKeywords)
        {
            if (IsKeywordAt(1, kind) && IsKeywordAt(2, "INDEX"))
            {
                return true;
            }
        }
        return false;
    }

    // <composite statement> ::= <linear statement> [ { UNION [ALL | DISTINCT] <linear statement> }... ]
    private Query ParseQuery()
    {
        Enter();
        var start = Current.Start;
        Query query = ParseSingleQuery();
        var unions = 0;
        while (AcceptKeyword("UNION"))
        {
            CheckChain(++unions);
            var all = AcceptKeyword("ALL");
            if (!all)
            {
                AcceptKeyword("DISTINCT");
            }
            var right = ParseSingleQuery();
            query = new UnionQuery(SpanFrom(start), query, right, all);
        }
        Exit();
        return query;
    }

    // <linear statement> ::= <primitive statement>... [ <primitive result statement> ]
    private SingleQuery ParseSingleQuery()
    {
        var start = Current.Start;
        var clauses = new List<Clause>();
        while (true)
        {
            var clause = TryParseClause();
            if (clause is null)
            {
                break;
            }
            clauses.Add(clause);
        }
        if (clauses.Count == 0)
        {
            throw Unexpected();
        }
        return new SingleQuery(SpanFrom(start), clauses);
    }

    // <primitive statement> ::= <match statement> | <unwind statement> | <with statement> | <return statement>
    //   | <create statement> | <merge statement> | <set statement> | <remove statement> | <delete statement>
    //   | FOREACH | <call procedure statement> | CALL { … } | LOAD CSV | USE | FINISH
    private Clause? TryParseClause()
    {
        var token = Current;
        if (token.Kind != TokenKind.Identifier)
        {
            ExpectClauseKeywords();
            return null;
        }
        switch (token.Text!.ToUpperInvariant())
        {
            case "MATCH":
                return ParseMatch();
            case "OPTIONAL":
                if (IsKeywordAt(1, "CALL"))
                {
                    return ParseCall();
                }
                return ParseMatch();
            case "RETURN":
                return ParseReturn();
            case "WITH":
                return ParseWith();
            case "UNWIND":
                return ParseUnwind();
            case "CREATE":
                return ParseCreate();
            case "MERGE":
                return ParseMerge();
            case "SET":
                return ParseSet();
            case "REMOVE":
                return ParseRemove();
            case "DELETE":
            case "DETACH":
            case "NODETACH":
                return ParseDelete();
            case "FOREACH":
                return ParseForeach();
            case "CALL":
                return ParseCall();
            case "LOAD":
                return ParseLoadCsv();
            case "USE":
                return ParseUse();
            case "FINISH":
                Advance();
                return new FinishClause(new SourceSpan(token.Start, token.End));
            default:
                ExpectClauseKeywords();
                return null;
        }
    }

    private void ExpectClauseKeywords()
    {
        foreach (var keyword in s_clauseKeywords)
        {
            Expecting("'" + keyword + "'");
        }
    }
}
