using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace EconSecGraph.Storage.Import;

/// <summary>
/// When each phase of a bulk import finished, counted from its start: phases overlap (the full-text
/// indexes and the checkpoint are built beside the rest), so the log line says "by" rather than "took".
/// </summary>
internal sealed class ImportClock
{
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly List<PhaseMark> _marks = [];

    /// <summary>Notes that <paramref name="phase"/> is done (any thread).</summary>
    public void Mark(string phase)
    {
        var ms = Stopwatch.GetElapsedTime(_start).TotalMilliseconds;
        lock (_marks)
        {
            _marks.Add(new PhaseMark(phase, ms));
        }
    }

    public string Summary(long nodes, long relationships)
    {
        // concatenation and ToString, not interpolation: its generic formatting helpers are compiled at every start
        var sb = new StringBuilder("Bulk import of ")
            .Append(nodes.ToString(CultureInfo.InvariantCulture))
            .Append(" nodes and ")
            .Append(relationships.ToString(CultureInfo.InvariantCulture))
            .Append(" relationships built in ")
            .Append(Ms(Stopwatch.GetElapsedTime(_start).TotalMilliseconds))
            .Append(" ms (");
        lock (_marks)
        {
            for (var i = 0; i < _marks.Count; i++)
            {
                sb.Append(i > 0 ? ", " : string.Empty)
                    .Append(_marks[i].Phase)
                    .Append(" by ")
                    .Append(Ms(_marks[i].Ms))
                    .Append(" ms");
            }
        }
        return sb.Append(')').ToString();
    }

    private static string Ms(double ms) => ms.ToString("F0", CultureInfo.InvariantCulture);

    // a class, not a tuple: a list of a tuple holding a double would be JIT-compiled at every start
    private sealed record PhaseMark(string Phase, double Ms);
}
