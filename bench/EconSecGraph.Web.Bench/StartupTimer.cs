using System.Diagnostics;

namespace EconSecGraph.Web.Bench;

/// <summary>
/// Time from starting the app process to its first healthy /healthz (the seed load, when on, happens
/// before the server accepts requests). The data folder is copied for each run so every run starts
/// from the same state; each process is ended by its own id.
/// </summary>
public static class StartupTimer
{
    public static async Task RunAsync(string app, string db, bool seed, int runs)
    {
        if (!File.Exists(app))
        {
            throw new FileNotFoundException(
                $"Build the app first: dotnet build -c Release src/EconSecGraph.Web ({app} not found).",
                app
            );
        }
        app = Path.GetFullPath(app); // the process runs in the app's folder
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var run = 1; run <= runs; run++)
        {
            var dataDir = Path.Combine(Path.GetTempPath(), "esg-startup-" + Guid.NewGuid().ToString("N"));
            if (!string.IsNullOrEmpty(db))
            {
                Copy(db, dataDir);
            }
            var port = 5600 + run;
            var info = new ProcessStartInfo("dotnet", [app])
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(app))!,
            };
            info.Environment["Graph__DataDir"] = dataDir;
            info.Environment["Bolt__Enabled"] = "false";
            info.Environment["Seed__LoadOnStart"] = seed ? "true" : "false";
            info.Environment["Urls"] = $"http://127.0.0.1:{port}";
            info.Environment["Logging__LogLevel__Default"] = "Warning";
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(info)!;
            var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
            process.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
            process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            string? health = null;
            while (clock.Elapsed < TimeSpan.FromMinutes(10) && !process.HasExited)
            {
                try
                {
                    health = await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
                    break;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(50);
                }
                catch (TaskCanceledException)
                {
                    await Task.Delay(50);
                }
            }
            var elapsed = clock.Elapsed;
            if (health is null)
            {
                Console.WriteLine(
                    $"run {run}: no healthy /healthz after {elapsed.TotalSeconds:F2} s"
                        + (process.HasExited ? $" (the app exited with code {process.ExitCode})" : string.Empty)
                );
                Console.WriteLine(string.Join('\n', output.TakeLast(20)));
            }
            else
            {
                Console.WriteLine($"run {run}: healthy after {elapsed.TotalSeconds:F2} s  {health}");
            }
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            if (Directory.Exists(dataDir))
            {
                Directory.Delete(dataDir, recursive: true);
            }
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
