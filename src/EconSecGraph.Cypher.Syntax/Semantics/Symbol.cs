using EconSecGraph.Cypher.Syntax.Ast;

namespace EconSecGraph.Cypher.Syntax.Semantics;

/// <summary>A variable in scope: its name, kind, static type, and where it was first declared (null when imported).</summary>
public sealed record Symbol(string Name, VariableKind Kind, StaticType Type, Variable? Declaration)
{
    public static VariableKind KindOf(StaticType type) =>
        (type & ~StaticType.Null) switch
        {
            StaticType.Node => VariableKind.Node,
            StaticType.Relationship => VariableKind.Relationship,
            StaticType.RelationshipList => VariableKind.RelationshipList,
            StaticType.Path => VariableKind.Path,
            _ => VariableKind.Value,
        };
}
