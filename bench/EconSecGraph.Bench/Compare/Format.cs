using System.Globalization;

namespace EconSecGraph.Bench.Compare;

/// <summary>Human units for the table.</summary>
public static class Format
{
    public static string Micros(double us) =>
        double.IsNaN(us) ? "–"
        : us < 1000 ? us.ToString(us < 10 ? "F1" : "F0", CultureInfo.InvariantCulture) + " µs"
        : us < 1_000_000 ? (us / 1000).ToString(us < 10_000 ? "F2" : "F1", CultureInfo.InvariantCulture) + " ms"
        : (us / 1_000_000).ToString("F2", CultureInfo.InvariantCulture) + " s";

    public static string Ratio(double ratio) =>
        double.IsNaN(ratio) || double.IsInfinity(ratio) ? "–"
        : ratio < 0.01 ? ratio.ToString("0.0000", CultureInfo.InvariantCulture)
        : ratio < 10 ? ratio.ToString("0.00", CultureInfo.InvariantCulture)
        : ratio.ToString("0", CultureInfo.InvariantCulture);

    public static string MiB(long? bytes) =>
        bytes is { } b ? (b / 1048576.0).ToString("F0", CultureInfo.InvariantCulture) + " MiB" : "–";
}
