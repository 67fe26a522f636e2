namespace EconSecGraph.Cypher.Syntax.Ast;

/// <summary>The kind of constraint in <c>CREATE CONSTRAINT … REQUIRE …</c>.</summary>
public enum ConstraintKind
{
    /// <summary><c>IS [NODE|RELATIONSHIP] UNIQUE</c>.</summary>
    Unique,

    /// <summary><c>IS [NODE|RELATIONSHIP] KEY</c>.</summary>
    Key,

    /// <summary><c>IS NOT NULL</c>.</summary>
    NotNull,

    /// <summary><c>IS :: TYPE</c>.</summary>
    PropertyType,
}
