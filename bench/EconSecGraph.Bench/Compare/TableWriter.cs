using System.Globalization;
using System.Text;
using EconSecGraph.Bench.Harness;

namespace EconSecGraph.Bench.Compare;

/// <summary>The markdown table: median and p90 per operation for each engine, ratios, answer checks and targets.</summary>
public static class TableWriter
{
    public static string Write(SizeResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"### {r.Nodes:N0} nodes\n\n");
        sb.Append(
            CultureInfo.InvariantCulture,
            $"Load average during the run (1 min, sampled per engine): {r.LoadAverages}.\n\n"
        );
        sb.Append(
            "| operation | ours median | ours p90 | Kuzu median | Kuzu p90 | baseline median | baseline p90 | ours/Kuzu | ours/baseline | answers | target met |\n"
        );
        sb.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        sb.Append(LoadRow(r));
        sb.Append(RowLoadRow(r));
        foreach (var op in Operations.All)
        {
            sb.Append(OperationRow(r, op));
        }
        sb.Append(MemoryRow(r));
        sb.Append('\n');
        var notes = Mismatches(r);
        if (notes.Length > 0)
        {
            sb.Append(notes).Append('\n');
        }
        return sb.ToString();
    }

    private static string LoadRow(SizeResult r)
    {
        var ours = r.Ours?.LoadMs * 1000 ?? double.NaN;
        var kuzu = r.Kuzu?.LoadMs * 1000 ?? double.NaN;
        var baseline = r.Baseline?.LoadMs * 1000 ?? double.NaN;
        var met =
            double.IsNaN(ours) || double.IsNaN(baseline) ? "–"
            : ours <= baseline * Targets.LoadAndMemoryFactor ? "yes (≤ 2x baseline)"
            : "**no** (> 2x baseline)";
        return $"| load CSV → queryable (ours: db.import.csv) | {Format.Micros(ours)} | | {Format.Micros(kuzu)} | | {Format.Micros(baseline)} | | {Format.Ratio(ours / kuzu)} | {Format.Ratio(ours / baseline)} | | {met} |\n";
    }

    /// <summary>Ours loaded with LOAD CSV row by row, in its own process: informational, no target.</summary>
    private static string RowLoadRow(SizeResult r)
    {
        if (r.OursRows is null)
        {
            return string.Empty;
        }
        var ours = r.OursRows.LoadMs * 1000;
        var kuzu = r.Kuzu?.LoadMs * 1000 ?? double.NaN;
        var baseline = r.Baseline?.LoadMs * 1000 ?? double.NaN;
        return $"| load CSV → queryable (ours: LOAD CSV row by row; peak {Format.MiB(r.OursRows.PeakMemoryBytes)}) | {Format.Micros(ours)} | | | | | | {Format.Ratio(ours / kuzu)} | {Format.Ratio(ours / baseline)} | | (no target; informational) |\n";
    }

    private static string MemoryRow(SizeResult r)
    {
        double ours = r.Ours?.PeakMemoryBytes ?? double.NaN;
        double kuzu = r.Kuzu?.PeakMemoryBytes ?? double.NaN;
        double baseline = r.Baseline?.PeakMemoryBytes ?? double.NaN;
        var met =
            double.IsNaN(ours) || double.IsNaN(baseline) ? "–"
            : ours <= baseline * Targets.LoadAndMemoryFactor ? "yes (≤ 2x baseline)"
            : "**no** (> 2x baseline)";
        return $"| peak memory (process) | {Format.MiB(r.Ours?.PeakMemoryBytes)} | | {Format.MiB(r.Kuzu?.PeakMemoryBytes)} | | {Format.MiB(r.Baseline?.PeakMemoryBytes)} | | {Format.Ratio(ours / kuzu)} | {Format.Ratio(ours / baseline)} | | {met} |\n";
    }

    private static string OperationRow(SizeResult r, string op)
    {
        var (om, op90) = Stats(r.Ours, op);
        var (km, kp90) = Stats(r.Kuzu, op);
        var (bm, bp90) = Stats(r.Baseline, op);
        var oursCheck = r.OursChecks.GetValueOrDefault(op, CheckOutcome.Missing);
        var kuzuCheck = r.KuzuChecks.GetValueOrDefault(op, CheckOutcome.Missing);
        var answers = $"ours {CheckText(oursCheck)}, Kuzu {CheckText(kuzuCheck)}";
        string met;
        if (double.IsNaN(om))
        {
            met = "–";
        }
        else if (!oursCheck.Ok)
        {
            met = "does not count (answers differ)";
        }
        else if (!Operations.HasSpeedTarget(op))
        {
            met = "(no target)";
        }
        else
        {
            var vsKuzu = double.IsNaN(km) ? (bool?)null : Targets.MeetsKuzu(om, km);
            var vsBase = double.IsNaN(bm) ? (bool?)null : Targets.MeetsBaseline(om, bm);
            met = (vsKuzu, vsBase) switch
            {
                (true, true) => "yes",
                (null, true) => "yes vs baseline (no Kuzu figure)",
                (false, true) => "**no** (< 10x Kuzu)",
                (true, false) => "**no** (> 20x baseline)",
                (false, false) => "**no** (both)",
                _ => "–",
            };
        }
        return $"| {op} | {Format.Micros(om)} | {Format.Micros(op90)} | {Format.Micros(km)} | {Format.Micros(kp90)} | {Format.Micros(bm)} | {Format.Micros(bp90)} | {Format.Ratio(om / km)} | {Format.Ratio(om / bm)} | {answers} | {met} |\n";
    }

    private static string CheckText(CheckOutcome c) =>
        c.Checked == 0 ? "–"
        : c.Ok ? "ok"
        : string.Create(CultureInfo.InvariantCulture, $"**{c.Mismatches}/{c.Checked} differ**");

    private static string Mismatches(SizeResult r)
    {
        var sb = new StringBuilder();
        foreach (var (engine, checks) in new[] { ("ours", r.OursChecks), ("Kuzu", r.KuzuChecks) })
        {
            foreach (var (op, c) in checks)
            {
                if (c.Mismatches > 0)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"- {engine}, {op}: {c.FirstMismatch}\n");
                }
            }
        }
        return sb.ToString();
    }

    private static (double Median, double P90) Stats(EngineReport? report, string op) =>
        report?.Operations.GetValueOrDefault(op) is { Samples.Count: > 0 } o
            ? (Measure.Percentile([.. o.Samples], 0.5), Measure.Percentile([.. o.Samples], 0.9))
            : (double.NaN, double.NaN);
}
