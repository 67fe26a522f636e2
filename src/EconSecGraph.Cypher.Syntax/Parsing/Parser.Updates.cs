using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Parsing;

internal sealed partial class Parser
{
    // <create statement> ::= CREATE <create graph pattern>
    private CreateClause ParseCreate()
    {
        var start = Current.Start;
        ExpectKeyword("CREATE");
        var pattern = ParsePattern();
        return new CreateClause(SpanFrom(start), pattern);
    }

    // <merge statement> ::= MERGE <merge graph pattern> [<merge action>...]
    // <merge action> ::= ON { MATCH | CREATE } <set statement>
    private MergeClause ParseMerge()
    {
        var start = Current.Start;
        ExpectKeyword("MERGE");
        var part = ParsePatternPart();
        if (Is(TokenKind.Comma))
        {
            throw ErrorAt(
                Current.Start,
                "Invalid input ',': MERGE takes a single pattern; use one MERGE per pattern",
                SyntaxErrors.UnexpectedSyntax
            );
        }
        var actions = new List<MergeAction>();
        while (IsKeyword("ON"))
        {
            var actionStart = Current.Start;
            Advance();
            MergeActionKind kind;
            if (AcceptKeyword("CREATE"))
            {
                kind = MergeActionKind.OnCreate;
            }
            else
            {
                ExpectKeyword("MATCH");
                kind = MergeActionKind.OnMatch;
            }
            ExpectKeyword("SET");
            var items = ParseSetItems();
            actions.Add(new MergeAction(SpanFrom(actionStart), kind, items));
        }
        return new MergeClause(SpanFrom(start), part, actions);
    }

    // <set statement> ::= SET <set item list>
    private SetClause ParseSet()
    {
        var start = Current.Start;
        ExpectKeyword("SET");
        var items = ParseSetItems();
        return new SetClause(SpanFrom(start), items);
    }

    // <set item list> ::= <set item> [, <set item>…]
    // <set item> ::= <set property item> | <set all properties item> | <add all properties item> | <set labels item>
    private List<SetItem> ParseSetItems()
    {
        var items = new List<SetItem>();
        do
        {
            var start = Current.Start;
            if (IsNameStart && (PeekKind(1) == TokenKind.Colon || IsKeywordAt(1, "IS")))
            {
                var variable = ParseVariable();
                var labels = ParseLabelList();
                items.Add(new SetLabelsItem(SpanFrom(start), variable, labels));
                continue;
            }
            var target = ParsePostfixExpression();
            if (Accept(TokenKind.PlusEqual))
            {
                var value = ParseExpression();
                items.Add(new SetPropertiesItem(SpanFrom(start), target, value, Merge: true));
                continue;
            }
            Expect(TokenKind.Equal);
            var assigned = ParseExpression();
            if (target is PropertyLookup property)
            {
                items.Add(new SetPropertyItem(SpanFrom(start), property, assigned));
            }
            else
            {
                items.Add(new SetPropertiesItem(SpanFrom(start), target, assigned, Merge: false));
            }
        } while (Accept(TokenKind.Comma));
        return items;
    }

    // <node label set specification for set and remove> ::= { : <label name> }... | IS <label name>
    private List<string> ParseLabelList()
    {
        var labels = new List<string>();
        if (AcceptKeyword("IS"))
        {
            labels.Add(ExpectName("a label name"));
            return labels;
        }
        Expect(TokenKind.Colon);
        do
        {
            labels.Add(ExpectName("a label name"));
        } while (Accept(TokenKind.Colon) || Accept(TokenKind.Ampersand));
        return labels;
    }

    // <remove statement> ::= REMOVE <remove item> [, <remove item>…]
    private RemoveClause ParseRemove()
    {
        var start = Current.Start;
        ExpectKeyword("REMOVE");
        var items = new List<RemoveItem>();
        do
        {
            var itemStart = Current.Start;
            if (IsNameStart && (PeekKind(1) == TokenKind.Colon || IsKeywordAt(1, "IS")))
            {
                var variable = ParseVariable();
                var labels = ParseLabelList();
                items.Add(new RemoveLabelsItem(SpanFrom(itemStart), variable, labels));
                continue;
            }
            var target = ParsePostfixExpression();
            if (target is not PropertyLookup property)
            {
                throw ErrorAt(
                    itemStart,
                    $"Invalid input '{SourceText(SpanFrom(itemStart))}': REMOVE expects a property (n.prop) or labels (n:Label)"
                );
            }
            items.Add(new RemovePropertyItem(SpanFrom(itemStart), property));
        } while (Accept(TokenKind.Comma));
        return new RemoveClause(SpanFrom(start), items);
    }

    // <delete statement> ::= [DETACH | NODETACH] DELETE <delete item list>
    private DeleteClause ParseDelete()
    {
        var start = Current.Start;
        var detach = AcceptKeyword("DETACH");
        if (!detach)
        {
            AcceptKeyword("NODETACH");
        }
        ExpectKeyword("DELETE");
        var expressions = new List<Expression>();
        do
        {
            expressions.Add(ParseExpression());
        } while (Accept(TokenKind.Comma));
        return new DeleteClause(SpanFrom(start), detach, expressions);
    }

    // FOREACH ( <binding variable> IN <value expression> | <update clause>... )
    private ForeachClause ParseForeach()
    {
        var start = Current.Start;
        ExpectKeyword("FOREACH");
        Expect(TokenKind.LeftParen);
        Enter();
        var variable = ParseVariable();
        ExpectKeyword("IN");
        var list = ParseExpression();
        Expect(TokenKind.Pipe);
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
        Expect(TokenKind.RightParen);
        Exit();
        return new ForeachClause(SpanFrom(start), variable, list, clauses);
    }
}
