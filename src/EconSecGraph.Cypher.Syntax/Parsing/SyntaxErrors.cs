using EconSecGraph.Graph.Errors;

namespace EconSecGraph.Cypher.Syntax.Parsing;

/// <summary>Builds Neo4j-style syntax errors: the message ends with the position of the offending text.</summary>
internal static class SyntaxErrors
{
    public const string UnexpectedSyntax = "UnexpectedSyntax";
    public const string InvalidNumberLiteral = "InvalidNumberLiteral";
    public const string IntegerOverflow = "IntegerOverflow";
    public const string FloatingPointOverflow = "FloatingPointOverflow";
    public const string InvalidUnicodeLiteral = "InvalidUnicodeLiteral";
    public const string InvalidUnicodeCharacter = "InvalidUnicodeCharacter";
    public const string InvalidRelationshipPattern = "InvalidRelationshipPattern";

    public static CypherSyntaxException At(string text, int offset, string message, string detail = UnexpectedSyntax)
    {
        var position = SourcePosition.At(text, offset);
        return new CypherSyntaxException($"{message} ({position})", position, detail);
    }
}
