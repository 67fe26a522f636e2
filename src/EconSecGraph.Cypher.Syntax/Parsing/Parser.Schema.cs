using System.Text;
using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Parsing;

internal sealed partial class Parser
{
    // <schema command> ::= <create index> | <create constraint> | <drop index> | <drop constraint> | <show command>
    private SchemaCommand ParseSchemaCommand()
    {
        if (IsKeyword("SHOW"))
        {
            return ParseShow();
        }
        if (IsKeyword("DROP"))
        {
            return ParseDrop();
        }
        var start = Current.Start;
        ExpectKeyword("CREATE");
        if (AcceptKeyword("OR"))
        {
            ExpectKeyword("REPLACE");
            throw ErrorAt(
                start,
                "CREATE OR REPLACE is not supported for indexes and constraints; drop the old one first, or use IF NOT EXISTS"
            );
        }
        if (IsKeyword("CONSTRAINT"))
        {
            return ParseCreateConstraint(start);
        }
        return ParseCreateIndex(start);
    }

    // CREATE [RANGE|TEXT|POINT|FULLTEXT|LOOKUP|VECTOR] INDEX [name] [IF NOT EXISTS] FOR <entity> ON … [OPTIONS map]
    private CreateIndexCommand ParseCreateIndex(int start)
    {
        var kind = IndexKind.Range;
        if (AcceptKeyword("TEXT"))
        {
            kind = IndexKind.Text;
        }
        else if (AcceptKeyword("POINT"))
        {
            kind = IndexKind.Point;
        }
        else if (AcceptKeyword("FULLTEXT"))
        {
            kind = IndexKind.Fulltext;
        }
        else if (AcceptKeyword("LOOKUP"))
        {
            kind = IndexKind.Lookup;
        }
        else if (AcceptKeyword("VECTOR"))
        {
            kind = IndexKind.Vector;
        }
        else if (!AcceptKeyword("RANGE") && AcceptKeyword("BTREE"))
        {
            throw ErrorAt(start, "BTREE indexes were removed in Neo4j 5; use CREATE [RANGE] INDEX … instead");
        }
        ExpectKeyword("INDEX");
        if (IsKeyword("ON") && PeekKind(1) == TokenKind.Colon)
        {
            throw ErrorAt(
                Current.Start,
                "Invalid input 'ON': CREATE INDEX ON :Label(prop) was removed in Neo4j 5; use CREATE INDEX [name] FOR (n:Label) ON (n.prop)"
            );
        }
        var name = ParseSchemaName();
        var ifNotExists = ParseIfNotExists();
        ExpectKeyword("FOR");
        var (variable, isRelationship, labels) = ParseSchemaEntity(
            allowMany: kind == IndexKind.Fulltext,
            allowNone: kind == IndexKind.Lookup
        );
        ExpectKeyword("ON");
        var properties = new List<PropertyLookup>();
        if (kind == IndexKind.Lookup)
        {
            ExpectKeyword("EACH");
            var function = ParseFunctionInvocation();
            var expected = isRelationship ? "type" : "labels";
            if (
                !string.Equals(function.Name, expected, StringComparison.OrdinalIgnoreCase)
                || function.Arguments.Count != 1
                || function.Arguments[0] is not Variable v
                || !string.Equals(v.Name, variable.Name, StringComparison.Ordinal)
            )
            {
                throw ErrorAt(
                    function.Span.Start,
                    $"A LOOKUP index is defined with ON EACH {expected}({variable.Name})"
                );
            }
        }
        else if (AcceptKeyword("EACH"))
        {
            Expect(TokenKind.LeftBracket);
            ParseSchemaProperties(variable, properties, TokenKind.RightBracket);
        }
        else
        {
            Expect(TokenKind.LeftParen);
            ParseSchemaProperties(variable, properties, TokenKind.RightParen);
        }
        var options = ParseOptions();
        return new CreateIndexCommand(
            SpanFrom(start),
            kind,
            name,
            ifNotExists,
            variable,
            isRelationship,
            labels,
            properties,
            options
        );
    }

    private void ParseSchemaProperties(Variable variable, List<PropertyLookup> properties, TokenKind close)
    {
        do
        {
            var propertyStart = Current.Start;
            var owner = ParseVariable();
            if (!string.Equals(owner.Name, variable.Name, StringComparison.Ordinal))
            {
                throw ErrorAt(
                    owner.Span.Start,
                    $"Variable `{owner.Name}` is not defined: the properties must belong to `{variable.Name}`",
                    "UndefinedVariable"
                );
            }
            Expect(TokenKind.Dot);
            var key = ExpectName("a property name");
            properties.Add(new PropertyLookup(SpanFrom(propertyStart), owner, key));
        } while (Accept(TokenKind.Comma));
        Expect(close);
    }

    private string? ParseSchemaName()
    {
        if (!IsNameStart)
        {
            return null;
        }
        var token = Current;
        if (token.Kind == TokenKind.Identifier)
        {
            if (token.IsKeyword("FOR") || token.IsKeyword("ON"))
            {
                return null;
            }
            if (token.IsKeyword("IF") && IsKeywordAt(1, "NOT"))
            {
                return null;
            }
        }
        Advance();
        return token.Text;
    }

    private bool ParseIfNotExists()
    {
        if (!AcceptKeyword("IF"))
        {
            return false;
        }
        ExpectKeyword("NOT");
        ExpectKeyword("EXISTS");
        return true;
    }

    // <entity> ::= ( v [: L [| L]…] ) | ()-[ v [: T [| T]…] ]-()   (with any arrow direction)
    private (Variable Variable, bool IsRelationship, List<string> Labels) ParseSchemaEntity(
        bool allowMany,
        bool allowNone
    )
    {
        var labels = new List<string>();
        Expect(TokenKind.LeftParen);
        if (Is(TokenKind.RightParen))
        {
            Advance();
            Accept(TokenKind.LessThan);
            Expect(TokenKind.Minus);
            Expect(TokenKind.LeftBracket);
            var relationship = ParseVariable();
            ParseSchemaLabels(labels, allowMany, allowNone);
            Expect(TokenKind.RightBracket);
            Expect(TokenKind.Minus);
            Accept(TokenKind.GreaterThan);
            Expect(TokenKind.LeftParen);
            Expect(TokenKind.RightParen);
            return (relationship, true, labels);
        }
        var node = ParseVariable();
        ParseSchemaLabels(labels, allowMany, allowNone);
        Expect(TokenKind.RightParen);
        return (node, false, labels);
    }

    private void ParseSchemaLabels(List<string> labels, bool allowMany, bool allowNone)
    {
        if (allowNone && !Is(TokenKind.Colon))
        {
            return;
        }
        Expect(TokenKind.Colon);
        labels.Add(ExpectName("a label or relationship type name"));
        while (allowMany && Accept(TokenKind.Pipe))
        {
            labels.Add(ExpectName("a label or relationship type name"));
        }
    }

    private Expression? ParseOptions()
    {
        if (!AcceptKeyword("OPTIONS"))
        {
            return null;
        }
        return Is(TokenKind.Dollar) ? ParseParameter() : ParseMapLiteral();
    }

    // CREATE CONSTRAINT [name] [IF NOT EXISTS] FOR <entity> REQUIRE <props> IS [NODE|RELATIONSHIP] UNIQUE | KEY | IS NOT NULL | IS :: <type>
    private CreateConstraintCommand ParseCreateConstraint(int start)
    {
        ExpectKeyword("CONSTRAINT");
        var name = ParseSchemaName();
        var ifNotExists = ParseIfNotExists();
        if (IsKeyword("ON"))
        {
            throw ErrorAt(
                Current.Start,
                "Invalid input 'ON': CREATE CONSTRAINT ON … ASSERT … was removed in Neo4j 5; use CREATE CONSTRAINT [name] FOR (n:Label) REQUIRE n.prop IS UNIQUE"
            );
        }
        ExpectKeyword("FOR");
        var (variable, isRelationship, labels) = ParseSchemaEntity(allowMany: false, allowNone: false);
        ExpectKeyword("REQUIRE");
        var properties = new List<PropertyLookup>();
        if (Accept(TokenKind.LeftParen))
        {
            ParseSchemaProperties(variable, properties, TokenKind.RightParen);
        }
        else
        {
            var propertyStart = Current.Start;
            var owner = ParseVariable();
            if (!string.Equals(owner.Name, variable.Name, StringComparison.Ordinal))
            {
                throw ErrorAt(
                    owner.Span.Start,
                    $"Variable `{owner.Name}` is not defined: the properties must belong to `{variable.Name}`",
                    "UndefinedVariable"
                );
            }
            Expect(TokenKind.Dot);
            var key = ExpectName("a property name");
            properties.Add(new PropertyLookup(SpanFrom(propertyStart), owner, key));
        }
        ConstraintKind kind;
        string? type = null;
        if (Accept(TokenKind.DoubleColon))
        {
            kind = ConstraintKind.PropertyType;
            type = ParseTypeText();
        }
        else
        {
            ExpectKeyword("IS");
            if (AcceptKeyword("NOT"))
            {
                ExpectKeyword("NULL");
                kind = ConstraintKind.NotNull;
            }
            else if (Accept(TokenKind.DoubleColon) || AcceptKeyword("TYPED"))
            {
                kind = ConstraintKind.PropertyType;
                type = ParseTypeText();
            }
            else
            {
                if (!AcceptKeyword("NODE") && !AcceptKeyword("RELATIONSHIP"))
                {
                    AcceptKeyword("REL");
                }
                if (AcceptKeyword("UNIQUE"))
                {
                    kind = ConstraintKind.Unique;
                }
                else
                {
                    ExpectKeyword("KEY");
                    kind = ConstraintKind.Key;
                }
            }
        }
        var options = ParseOptions();
        return new CreateConstraintCommand(
            SpanFrom(start),
            name,
            ifNotExists,
            variable,
            isRelationship,
            labels[0],
            properties,
            kind,
            type,
            options
        );
    }

    private string ParseTypeText()
    {
        var sb = new StringBuilder();
        var start = Current.Start;
        while (!Is(TokenKind.EndOfInput) && !Is(TokenKind.Semicolon) && !IsKeyword("OPTIONS"))
        {
            Advance();
        }
        if (PreviousEnd <= start)
        {
            Expecting("a property type");
            throw Unexpected();
        }
        sb.Append(_text, start, PreviousEnd - start);
        return sb.ToString().ToUpperInvariant();
    }

    // DROP { INDEX | CONSTRAINT } name [IF EXISTS]
    private SchemaCommand ParseDrop()
    {
        var start = Current.Start;
        ExpectKeyword("DROP");
        var isIndex = AcceptKeyword("INDEX");
        if (!isIndex)
        {
            ExpectKeyword("CONSTRAINT");
        }
        if (IsKeyword("ON") && !IsKeywordAt(1, "IF") && PeekKind(1) != TokenKind.EndOfInput)
        {
            throw ErrorAt(
                Current.Start,
                "Invalid input 'ON': dropping by schema (DROP INDEX ON :Label(prop)) was removed in Neo4j 5; drop by name (SHOW INDEXES lists the names)"
            );
        }
        var name = ExpectName(isIndex ? "an index name" : "a constraint name");
        var ifExists = false;
        if (AcceptKeyword("IF"))
        {
            ExpectKeyword("EXISTS");
            ifExists = true;
        }
        return isIndex
            ? new DropIndexCommand(SpanFrom(start), name, ifExists)
            : new DropConstraintCommand(SpanFrom(start), name, ifExists);
    }

    // SHOW [filter] { INDEX[ES] | CONSTRAINT[S] | PROCEDURE[S] | FUNCTION[S] } [EXECUTABLE [BY …]]
    //   [ WHERE … | YIELD … [ORDER BY …] [SKIP …] [LIMIT …] [WHERE …] [RETURN …] ]
    private ShowCommand ParseShow()
    {
        var start = Current.Start;
        ExpectKeyword("SHOW");
        var filter = new StringBuilder();
        ShowCommandKind? kind = null;
        while (kind is null)
        {
            var token = Current;
            if (token.Kind != TokenKind.Identifier)
            {
                Expecting("'INDEXES'");
                Expecting("'CONSTRAINTS'");
                Expecting("'PROCEDURES'");
                Expecting("'FUNCTIONS'");
                throw Unexpected();
            }
            kind = token.Text!.ToUpperInvariant() switch
            {
                "INDEX" or "INDEXES" => ShowCommandKind.Indexes,
                "CONSTRAINT" or "CONSTRAINTS" => ShowCommandKind.Constraints,
                "PROCEDURE" or "PROCEDURES" => ShowCommandKind.Procedures,
                "FUNCTION" or "FUNCTIONS" => ShowCommandKind.Functions,
                _ => null,
            };
            if (kind is null)
            {
                if (filter.Length > 0)
                {
                    filter.Append(' ');
                }
                filter.Append(token.Text!.ToUpperInvariant());
                if (filter.Length > 60)
                {
                    Expecting("'INDEXES'");
                    Expecting("'CONSTRAINTS'");
                    Expecting("'PROCEDURES'");
                    Expecting("'FUNCTIONS'");
                    throw Unexpected();
                }
            }
            Advance();
        }
        if (AcceptKeyword("EXECUTABLE"))
        {
            if (AcceptKeyword("BY"))
            {
                if (AcceptKeyword("CURRENT"))
                {
                    ExpectKeyword("USER");
                }
                else
                {
                    ExpectName("a user name");
                }
            }
        }
        Expression? where = null;
        YieldClause? yield = null;
        ReturnClause? ret = null;
        if (AcceptKeyword("WHERE"))
        {
            where = ParseExpression();
        }
        else if (IsKeyword("YIELD"))
        {
            yield = ParseYield(allowPaging: true);
            if (IsKeyword("RETURN"))
            {
                ret = ParseReturn();
            }
        }
        return new ShowCommand(
            SpanFrom(start),
            kind.Value,
            filter.Length == 0 ? null : filter.ToString(),
            where,
            yield,
            ret
        );
    }
}
