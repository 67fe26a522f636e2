using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Semantics;

/// <summary>Three-valued logic (<c>AND</c>, <c>OR</c>, <c>XOR</c>, <c>NOT</c>) over Cypher booleans and null.</summary>
public static class Ternary
{
    public static CypherValue ToValue(bool? value) =>
        value is null ? CypherNull.Instance
        : value.Value ? CypherBoolean.True
        : CypherBoolean.False;

    /// <summary>Reads a boolean operand: true, false or null; anything else is a type error.</summary>
    public static bool? FromValue(CypherValue value, string operatorName = "boolean operator")
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            CypherBoolean b => b.Value,
            CypherNull => null,
            _ => throw CypherErrors.TypeMismatch("Boolean", value, operatorName),
        };
    }

    public static bool? And(bool? a, bool? b) =>
        a == false || b == false ? false
        : a is null || b is null ? null
        : true;

    public static bool? Or(bool? a, bool? b) =>
        a == true || b == true ? true
        : a is null || b is null ? null
        : false;

    public static bool? Xor(bool? a, bool? b) => a is null || b is null ? null : a.Value != b.Value;

    public static bool? Not(bool? a) => !a;

    public static CypherValue And(CypherValue a, CypherValue b) =>
        ToValue(And(FromValue(a, "AND"), FromValue(b, "AND")));

    public static CypherValue Or(CypherValue a, CypherValue b) => ToValue(Or(FromValue(a, "OR"), FromValue(b, "OR")));

    public static CypherValue Xor(CypherValue a, CypherValue b) =>
        ToValue(Xor(FromValue(a, "XOR"), FromValue(b, "XOR")));

    public static CypherValue Not(CypherValue a) => ToValue(Not(FromValue(a, "NOT")));
}
