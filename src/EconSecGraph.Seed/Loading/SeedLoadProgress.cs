namespace EconSecGraph.Seed.Loading;

/// <summary>A progress report: which statement of how many, what it did, and what it changed.</summary>
public sealed record SeedLoadProgress(
    int Step,
    int Steps,
    SeedStatementKind Kind,
    string Description,
    int Items,
    long Changes
)
{
    public override string ToString() =>
        $"[{Step}/{Steps}] {Kind}: {Description} ({Items} item(s), {Changes} change(s))";
}
