namespace EconSecGraph.Cypher.Functions;

/// <summary>A parameter in a function signature.</summary>
/// <param name="Name">The parameter's name as Neo4j documents it.</param>
/// <param name="Type">The accepted types (null is always accepted and usually yields null).</param>
/// <param name="IsOptional">True when the argument may be left out.</param>
/// <param name="IsVariadic">True when any number of further arguments of this type may follow.</param>
public sealed record FunctionParameter(string Name, CypherTypes Type, bool IsOptional = false, bool IsVariadic = false)
{
    public override string ToString() =>
        (IsVariadic ? "..." : string.Empty) + Name + " :: " + Type.Describe() + (IsOptional ? "?" : string.Empty);
}
