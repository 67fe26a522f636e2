namespace EconSecGraph.Seed.Validation;

/// <summary>Thrown instead of loading or exporting a seed that has problems; carries all of them.</summary>
public sealed class SeedValidationException : Exception
{
    public SeedValidationException(IReadOnlyList<SeedProblem> problems)
        : base(Format(problems))
    {
        Problems = problems;
    }

    public SeedValidationException()
        : this([]) { }

    public SeedValidationException(string message)
        : base(message)
    {
        Problems = [];
    }

    public SeedValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public IReadOnlyList<SeedProblem> Problems { get; }

    private static string Format(IReadOnlyList<SeedProblem> problems) =>
        problems.Count == 0
            ? "The seed is invalid."
            : $"The seed has {problems.Count} problem(s); nothing was loaded. Fix them and run again:{Environment.NewLine}"
                + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
