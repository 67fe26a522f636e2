using EconSecGraph.Graph.Errors;
using EconSecGraph.Graph.Values;

namespace EconSecGraph.Cypher.Functions.Semantics;

/// <summary>Factories for the run-time errors value semantics and functions raise, worded as Neo4j words them.</summary>
public static class CypherErrors
{
    /// <summary>Integer overflow, as Neo4j reports it (<c>long overflow</c>).</summary>
    public static CypherException LongOverflow() =>
        new(Neo4jStatusCodes.ArithmeticError, "long overflow", detail: "IntegerOverflow");

    /// <summary>Integer division or modulo by zero.</summary>
    public static CypherException DivisionByZero() =>
        new(Neo4jStatusCodes.ArithmeticError, "/ by zero", detail: "DivisionByZero");

    public static CypherException Arithmetic(string message) =>
        new(Neo4jStatusCodes.ArithmeticError, message, detail: "InvalidArgumentValue");

    /// <summary><c>Type mismatch: expected Float or Integer but was String</c>.</summary>
    public static CypherTypeException TypeMismatch(string expected, CypherValue actual, string? context = null) =>
        new(
            (context is null ? string.Empty : context + ": ")
                + "Type mismatch: expected "
                + expected
                + " but was "
                + TypeNames.Of(actual),
            detail: "InvalidArgumentType"
        );

    /// <summary>An operator applied to operand types it does not support (<c>Cannot add `Integer` and `Map`</c>).</summary>
    public static CypherTypeException OperatorMismatch(string message) => new(message, detail: "InvalidArgumentType");

    /// <summary>A function argument of the wrong type, e.g. <c>Invalid input for function 'toInteger()': Expected a String, Float, Integer or Boolean, got: List{1}</c>.</summary>
    public static CypherTypeException InvalidFunctionInput(string function, string expected, CypherValue actual) =>
        new(
            "Invalid input for function '"
                + function
                + "()': Expected "
                + expected
                + ", got: "
                + TypeNames.Describe(actual),
            detail: "InvalidArgumentValue"
        );

    /// <summary>An argument of the right type but an unusable value (Neo4j's ArgumentError).</summary>
    public static CypherArgumentException InvalidArgument(string message, string detail = "InvalidArgumentValue") =>
        new(message, detail: detail);

    /// <summary>A number outside the range a function accepts (TCK detail <c>NumberOutOfRange</c>).</summary>
    public static CypherArgumentException NumberOutOfRange(string message) => new(message, detail: "NumberOutOfRange");
}
