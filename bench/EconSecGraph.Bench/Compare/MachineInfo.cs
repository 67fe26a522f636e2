using System.Globalization;

namespace EconSecGraph.Bench.Compare;

/// <summary>The machine the figures come from: cores, CPU model, RAM and the load average now.</summary>
public static class MachineInfo
{
    public static string Cpu()
    {
        const string Path = "/proc/cpuinfo";
        if (File.Exists(Path))
        {
            foreach (var line in File.ReadLines(Path))
            {
                if (line.StartsWith("model name", StringComparison.Ordinal))
                {
                    return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                }
            }
        }
        return "unknown CPU";
    }

    public static string Memory()
    {
        const string Path = "/proc/meminfo";
        if (File.Exists(Path))
        {
            foreach (var line in File.ReadLines(Path))
            {
                if (line.StartsWith("MemTotal:", StringComparison.Ordinal))
                {
                    var kb = long.Parse(line["MemTotal:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                    return (kb / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) + " GiB";
                }
            }
        }
        return "unknown RAM";
    }

    /// <summary>The 1-minute load average, or NaN where /proc/loadavg does not exist.</summary>
    public static double LoadAverage()
    {
        const string Path = "/proc/loadavg";
        return File.Exists(Path)
            ? double.Parse(File.ReadAllText(Path).Split(' ')[0], CultureInfo.InvariantCulture)
            : double.NaN;
    }

    public static string Describe() =>
        $"{Environment.ProcessorCount} cores ({Cpu()}), {Memory()} RAM, .NET {Environment.Version}";
}
