using EconSecGraph.Seed.Model;

namespace EconSecGraph.Seed.Validation;

/// <summary>One thing wrong with the seed: a code from <see cref="SeedProblemCodes"/>, where, what, and how to fix it.</summary>
public sealed record SeedProblem(string Code, SourceLocation Location, string Message, string? Hint = null)
{
    public override string ToString() =>
        Hint is null ? $"{Location}: {Code}: {Message}" : $"{Location}: {Code}: {Message} Hint: {Hint}";
}
