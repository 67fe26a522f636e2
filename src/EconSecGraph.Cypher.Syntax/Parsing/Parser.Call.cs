using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Parsing;

internal sealed partial class Parser
{
    // [OPTIONAL] CALL { <procedure reference> [<explicit procedure arguments>] [<yield clause>]
    //   | [ ( <variable list> | * ) ] { <query> } [IN [n CONCURRENT] TRANSACTIONS …] }
    private Clause ParseCall()
    {
        var start = Current.Start;
        var optional = AcceptKeyword("OPTIONAL");
        ExpectKeyword("CALL");
        if (Is(TokenKind.LeftBrace) || Is(TokenKind.LeftParen))
        {
            return ParseCallSubquery(start, optional);
        }
        var (ns, name) = ParseQualifiedName("a procedure name");
        List<Expression>? arguments = null;
        if (Accept(TokenKind.LeftParen))
        {
            Enter();
            arguments = [];
            if (!Is(TokenKind.RightParen))
            {
                do
                {
                    arguments.Add(ParseExpression());
                } while (Accept(TokenKind.Comma));
            }
            Expect(TokenKind.RightParen);
            Exit();
        }
        YieldClause? yield = null;
        if (IsKeyword("YIELD"))
        {
            yield = ParseYield(allowPaging: false);
        }
        return new CallProcedureClause(SpanFrom(start), ns, name, arguments, yield, optional);
    }

    // <yield clause> ::= YIELD { * | <yield item> [, …] } [ORDER BY …] [SKIP n] [LIMIT n] [WHERE <search condition>]
    private YieldClause ParseYield(bool allowPaging)
    {
        var start = Current.Start;
        ExpectKeyword("YIELD");
        var all = false;
        var items = new List<YieldItem>();
        if (Accept(TokenKind.Star))
        {
            all = true;
        }
        else
        {
            do
            {
                var itemStart = Current.Start;
                var field = ExpectName("a field name");
                Variable? alias = AcceptKeyword("AS") ? ParseVariable() : null;
                items.Add(new YieldItem(SpanFrom(itemStart), field, alias));
            } while (Accept(TokenKind.Comma));
        }
        IReadOnlyList<SortItem> orderBy = [];
        Expression? skip = null;
        Expression? limit = null;
        if (allowPaging)
        {
            (orderBy, skip, limit) = ParseOrderSkipLimit();
        }
        var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        return new YieldClause(SpanFrom(start), all, items, orderBy, skip, limit, where);
    }

    private CallSubqueryClause ParseCallSubquery(int start, bool optional)
    {
        List<Variable>? imported = null;
        var importAll = false;
        if (Accept(TokenKind.LeftParen))
        {
            imported = [];
            if (Accept(TokenKind.Star))
            {
                importAll = true;
            }
            else if (!Is(TokenKind.RightParen))
            {
                do
                {
                    imported.Add(ParseVariable());
                } while (Accept(TokenKind.Comma));
            }
            Expect(TokenKind.RightParen);
        }
        Expect(TokenKind.LeftBrace);
        Enter();
        var query = ParseQuery();
        Expect(TokenKind.RightBrace);
        Exit();
        InTransactionsOptions? inTransactions = null;
        if (IsKeyword("IN"))
        {
            inTransactions = ParseInTransactions();
        }
        return new CallSubqueryClause(SpanFrom(start), query, imported, importAll, inTransactions, optional);
    }

    // IN [<expr> CONCURRENT] TRANSACTIONS [OF <expr> ROW[S]] [ON ERROR {CONTINUE|BREAK|FAIL}] [REPORT STATUS AS v]
    private InTransactionsOptions ParseInTransactions()
    {
        var start = Current.Start;
        ExpectKeyword("IN");
        Expression? concurrency = null;
        if (!IsKeyword("TRANSACTIONS") && !IsKeyword("CONCURRENT"))
        {
            concurrency = ParseExpression();
        }
        if (AcceptKeyword("CONCURRENT") && concurrency is null)
        {
            concurrency = new NullLiteral(SpanFrom(start));
        }
        ExpectKeyword("TRANSACTIONS");
        Expression? batch = null;
        var onError = InTransactionsErrorMode.Fail;
        Variable? report = null;
        while (true)
        {
            if (AcceptKeyword("OF"))
            {
                batch = ParseExpression();
                if (!AcceptKeyword("ROWS"))
                {
                    ExpectKeyword("ROW");
                }
            }
            else if (AcceptKeyword("ON"))
            {
                ExpectKeyword("ERROR");
                if (AcceptKeyword("CONTINUE"))
                {
                    onError = InTransactionsErrorMode.Continue;
                }
                else if (AcceptKeyword("BREAK"))
                {
                    onError = InTransactionsErrorMode.Break;
                }
                else
                {
                    ExpectKeyword("FAIL");
                    onError = InTransactionsErrorMode.Fail;
                }
            }
            else if (AcceptKeyword("REPORT"))
            {
                ExpectKeyword("STATUS");
                ExpectKeyword("AS");
                report = ParseVariable();
            }
            else
            {
                break;
            }
        }
        return new InTransactionsOptions(SpanFrom(start), concurrency, batch, onError, report);
    }

    // <procedure reference> ::= [ { <object name> . }... ] <procedure name>
    private (List<string> Namespace, string Name) ParseQualifiedName(string what)
    {
        var ns = new List<string>();
        var name = ExpectName(what);
        while (Accept(TokenKind.Dot))
        {
            ns.Add(name);
            name = ExpectName(what);
        }
        return (ns, name);
    }

    // LOAD CSV [WITH HEADERS] FROM <value expression> AS <binding variable> [FIELDTERMINATOR <string>]
    private LoadCsvClause ParseLoadCsv()
    {
        var start = Current.Start;
        ExpectKeyword("LOAD");
        ExpectKeyword("CSV");
        var headers = false;
        if (AcceptKeyword("WITH"))
        {
            ExpectKeyword("HEADERS");
            headers = true;
        }
        ExpectKeyword("FROM");
        var source = ParseExpression();
        ExpectKeyword("AS");
        var variable = ParseVariable();
        string? terminator = null;
        if (AcceptKeyword("FIELDTERMINATOR"))
        {
            terminator = Expect(TokenKind.String).Text;
        }
        return new LoadCsvClause(SpanFrom(start), headers, source, variable, terminator);
    }

    // USE <graph reference> ::= <name> [. <name>]… | <function invocation>
    private UseClause ParseUse()
    {
        var start = Current.Start;
        ExpectKeyword("USE");
        AcceptKeyword("GRAPH");
        var graph = ParsePostfixExpression();
        return new UseClause(SpanFrom(start), graph);
    }
}
