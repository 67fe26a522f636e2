namespace EconSecGraph.Bench.Compare;

/// <summary>How one engine's answers to one operation compare with the baseline's.</summary>
public sealed record CheckOutcome(int Checked, int Mismatches, string? FirstMismatch)
{
    public bool Ok => Mismatches == 0 && Checked > 0;

    public static readonly CheckOutcome Missing = new(0, 0, "no results");
}
