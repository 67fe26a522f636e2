namespace EconSecGraph.Cypher.Syntax.Semantics;

/// <summary>What a variable holds, for the planner.</summary>
public enum VariableKind
{
    /// <summary>Any other value (or not statically known).</summary>
    Value,
    Node,
    Relationship,

    /// <summary>The list of relationships of a variable-length pattern, e.g. <c>r</c> in <c>-[r*1..3]-&gt;</c>.</summary>
    RelationshipList,
    Path,
}
