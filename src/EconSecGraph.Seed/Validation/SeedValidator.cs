using EconSecGraph.Seed.Sources;

namespace EconSecGraph.Seed.Validation;

/// <summary>
/// Checks a graph-seed folder against its schema and reports every problem at once, each with file, line and
/// column and a hint: YAML syntax, unknown labels, types and properties, missing or mistyped values, bad ids, dates,
/// amounts and URLs, duplicate and dangling ids, missing or wrong sources, endpoint rules, required relationships,
/// quotes that are not in the source text, and the source files' checksums.
/// </summary>
public static class SeedValidator
{
    public static SeedValidationResult Validate(SeedSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new ValidationRun(source).Run();
    }
}
