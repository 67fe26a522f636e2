using System.Globalization;
using EconSecGraph.Storage;

namespace EconSecGraph.Bench.Ours;

/// <summary>
/// What happened during a timed load — each step's time and JIT figures, the store's messages — kept in
/// memory and printed once the clock has stopped: writing to the console inside the clock would time the
/// harness rather than the engine (the first write alone sets the console up), and the baseline's load
/// writes nothing either.
/// </summary>
internal sealed class LoadNotes
{
    private readonly List<object> _lines = [];
    private bool _printing;

    /// <summary>A store message (any thread): kept while loading, printed straight away afterwards.</summary>
    public void Message(StorageLogLevel level, string message)
    {
        lock (_lines)
        {
            if (!_printing)
            {
                _lines.Add(new StoreMessage(level, message));
                return;
            }
        }
        Console.Error.WriteLine(Format(new StoreMessage(level, message)));
    }

    /// <summary>A step of the load: its time and what the JIT compiled meanwhile.</summary>
    public void Step(double ms, long jitMethods, double jitMs, string text)
    {
        lock (_lines)
        {
            _lines.Add(new LoadStep(ms, jitMethods, jitMs, text));
        }
    }

    /// <summary>Prints what was kept; later messages are printed as they come.</summary>
    public void Print()
    {
        lock (_lines)
        {
            foreach (var line in _lines)
            {
                Console.Error.WriteLine(Format(line));
            }
            _lines.Clear();
            _printing = true;
        }
    }

    private static string Format(object line) =>
        line switch
        {
            LoadStep s => string.Create(
                CultureInfo.InvariantCulture,
                $"  ours     {s.Ms, 8:F0} ms  (JIT {s.JitMethods} methods, {s.JitMs:F0} ms)  {s.Text[..Math.Min(60, s.Text.Length)]}"
            ),
            StoreMessage m => $"  store    {m.Level}: {m.Message}",
            _ => line.ToString() ?? "",
        };

    private sealed record LoadStep(double Ms, long JitMethods, double JitMs, string Text);

    private sealed record StoreMessage(StorageLogLevel Level, string Message);
}
